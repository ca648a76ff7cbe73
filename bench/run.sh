#!/usr/bin/env bash
# The benchmark, end to end: bench/run.sh [--sf 1,1000] [--quick] [--skip-build] [--results DIR]
#   [--datasets-only: make or check the datasets (step 2) and stop]
#
#  1. installs what it needs (wrk, nginx, gnuplot, pgbench from Debian; PostGraphile 5 and Node 22
#     from npm into bench/node_modules, pinned by bench/package-lock.json) and builds the API jar;
#  2. per scale factor: one PostgreSQL 18 (the embedded database's own binaries, taken from the jar)
#     with the migrations and seeds, plus generated data for SF > 1 (bench/sql/generate.sql),
#     cached in bench/.work/pg-sf<N> until the generator, seeds or migrations change;
#  3. starts our API (java -Xms256m -Xmx256m -XX:+UseSerialGC, or \$API_JVM; production settings) and PostGraphile 5 on it;
#  4. checks both return the same data for every query of the mix (bench/lib/check.mjs);
#  5. measures (bench/lib/measure.mjs): closed-model throughput with wrk at 8, 32, 64 connections,
#     open-model latency at 50% of each system's own peak (bench/lib/openload.c, compiled here),
#     the static-reply and pgbench ceilings, the harness check (each open-model generator against
#     the static reply at the same rates),
#     resident memory (every answer read from the database: our response caches are off); then the
#     cached run (bench/lib/cached.mjs): our API restarted with its response caches on, the mix by
#     GET answered from them and revalidated by 304, beside the static reply by GET; and startup to
#     first answer with the embedded database;
#  6. writes bench/results/*.json, bench/RESULTS.md and bench/results/throughput.png.
# Every request goes to 127.0.0.1; every load step is bounded in time.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK="$ROOT/bench/.work"
RESULTS="$ROOT/bench/results"
SFS="1,1000"
QUICK=0
BUILD=1
DATASETS_ONLY=0
while [ $# -gt 0 ]; do
  case "$1" in
    --sf) SFS="$2"; shift 2 ;;
    --quick) QUICK=1; shift ;;
    --skip-build) BUILD=0; shift ;;
    --datasets-only) DATASETS_ONLY=1; shift ;;
    --results) RESULTS="$2"; shift 2 ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
mkdir -p "$WORK" "$RESULTS"
# shellcheck source=lib/services.sh
source "$ROOT/bench/lib/services.sh"
trap stop_all EXIT

# 1. Tools -------------------------------------------------------------------------------------
need=()
command -v wrk >/dev/null || need+=(wrk)
command -v nginx >/dev/null || need+=(nginx-light)
command -v gnuplot >/dev/null || need+=(gnuplot-nox)
command -v pgbench >/dev/null || need+=(postgresql-contrib)
command -v psql >/dev/null || need+=(postgresql-client)
command -v bc >/dev/null || need+=(bc)
command -v cc >/dev/null || need+=(gcc libc6-dev)
if [ ${#need[@]} -gt 0 ]; then
  log "installing ${need[*]} from Debian"
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO=sudo; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
if [ ! -x "$NODE22" ] || [ ! -d "$BENCH/node_modules/postgraphile" ]; then
  log "installing PostGraphile 5 and Node 22 from npm (bench/package-lock.json)"
  (cd "$BENCH" && npm ci --no-audit --no-fund --loglevel=error)
fi
if [ "$BUILD" = 1 ] || [ ! -f "$ROOT/api/target/dealgraph-api.jar" ]; then
  log "building the API jar"
  (cd "$ROOT" && mvn -q -B -pl api package -DskipTests)
fi
extract_pg
# The open model's generator (bench/lib/openload.c): compiled, constant rate, no coordinated omission.
mkdir -p "$WORK/bin"
cc -O2 -o "$WORK/bin/openload" "$BENCH/lib/openload.c" -lm
export BENCH_OPENLOAD="$WORK/bin/openload"

if [ "$QUICK" = 1 ]; then export BENCH_QUICK=1; fi
# The cached run's response caches: the service's default bound (dealgraph.response-cache.max-bytes).
CACHED_BYTES=${BENCH_CACHED_BYTES:-67108864}
IFS=, read -r -a SF_LIST <<< "$SFS"

# 2. Datasets ----------------------------------------------------------------------------------
# The key is the generator, the migrations and the seeds: Flyway refuses a database on which a
# migration that has changed since was applied, and a new migration may change what is generated.
dataset_key() {  # sf
  cat "$ROOT/bench/sql/generate.sql" "$ROOT"/db/V*.sql | sha256sum | cut -c1-16
  find "$ROOT/seeds" -type f | sort | xargs cat | sha256sum | cut -c1-16
  echo "sf=$1"
}

prepare_dataset() {  # sf
  local sf=$1 dir="$WORK/pg-sf$1" key
  key=$(dataset_key "$sf" | tr '\n' ' ')
  if [ -f "$dir.key" ] && [ "$(cat "$dir.key")" = "$key" ] && [ -f "$dir/PG_VERSION" ]; then
    log "SF$sf: dataset cached in $dir"
    return 0
  fi
  rm -f "$dir.key"
  log "SF$sf: new database in $dir"
  pg_init "$dir"
  pg_start "$dir" "$WORK/logs/postgres-sf$sf.log"
  log "SF$sf: migrations and seeds (our API starts once against it)"
  api_start "$WORK/logs/api-load-sf$sf.log"
  api_stop
  if [ "$sf" -gt 1 ]; then
    log "SF$sf: generating data (bench/sql/generate.sql)"
    local t0=$SECONDS
    psql_owner -v sf="$sf" -f "$ROOT/bench/sql/generate.sql" > "$WORK/logs/generate-sf$sf.log"
    log "SF$sf: generated in $((SECONDS - t0)) s"
  else
    psql_owner -c 'vacuum analyze' >/dev/null
  fi
  psql_owner -Atc "select 'SF$sf: ' || (select count(*) from deal) || ' deals, ' || (select count(*) from organization)
    || ' organizations, ' || (select count(*) from commitment) || ' commitments, ' || (select count(*) from citation)
    || ' citations, database ' || pg_size_pretty(pg_database_size('postgres'))" >&2
  pg_stop
  echo "$key" > "$dir.key"
}

# 3-5. Per scale factor ------------------------------------------------------------------------
if [ "$DATASETS_ONLY" = 1 ]; then
  for sf in "${SF_LIST[@]}"; do prepare_dataset "$sf"; done
  exit 0
fi
for sf in "${SF_LIST[@]}"; do
  prepare_dataset "$sf"
  out="$WORK/sf$sf"
  rm -rf "$out"; mkdir -p "$out"
  pg_start "$WORK/pg-sf$sf" "$WORK/logs/postgres-sf$sf.log"
  psql_owner -f "$ROOT/bench/sql/postgraphile.sql" >/dev/null 2>&1 || psql_owner -f "$ROOT/bench/sql/postgraphile.sql"
  log "SF$sf: starting our API and PostGraphile"
  api_start "$WORK/logs/api-sf$sf.log"
  pgl_start "$WORK/logs/postgraphile-sf$sf.log"
  psql_owner -c 'analyze' >/dev/null
  log "SF$sf: checking that both return the same data"
  "$NODE22" "$BENCH/lib/check.mjs" --out "$out" --ours "http://127.0.0.1:$API_PORT/graphql" \
    --pgl "http://127.0.0.1:$PGL_PORT/graphql" --db "$OWNER_URL" --log "$WORK/logs/postgres-sf$sf.log"
  static_start "$out/static"
  log "SF$sf: measuring"
  "$NODE22" "$BENCH/lib/measure.mjs" --sf "$sf" --dir "$out" --out "$RESULTS/sf$sf.json" \
    --ours "http://127.0.0.1:$API_PORT/graphql" --pgl "http://127.0.0.1:$PGL_PORT/graphql" \
    --static "http://127.0.0.1:$STATIC_PORT" --api-pid "$(cat "$WORK/pids/api")" \
    --pgl-pid "$(cat "$WORK/pids/postgraphile")" --pg-port "$PG_PORT" --db "$OWNER_URL" --root-pid $$
  log "SF$sf: the cached run: our API again, with its response caches on ($CACHED_BYTES bytes), by GET"
  pgl_stop
  api_stop
  BENCH_RESPONSE_CACHE_BYTES=$CACHED_BYTES api_start "$WORK/logs/api-cached-sf$sf.log"
  "$NODE22" "$BENCH/lib/cached.mjs" --sf "$sf" --dir "$out" --out "$RESULTS/sf$sf-cached.json" --cache-bytes "$CACHED_BYTES" \
    --ours "http://127.0.0.1:$API_PORT/graphql" --static "http://127.0.0.1:$STATIC_PORT" --api-pid "$(cat "$WORK/pids/api")"
  stop_all
done

# Startup to first answered query, with the embedded database (no DB_URL) ------------------------
log "startup with the embedded database"
BENCH_JAR="$ROOT/api/target/dealgraph-api.jar" "$NODE22" "$BENCH/lib/startup.mjs" --work "$WORK/startup" \
  --port "$API_PORT" --out "$RESULTS/startup.json"

# 6. Report --------------------------------------------------------------------------------------
if [ "$RESULTS" = "$ROOT/bench/results" ]; then
  "$NODE22" "$BENCH/lib/report.mjs" --results "$RESULTS" --out "$ROOT/bench/RESULTS.md"
else
  "$NODE22" "$BENCH/lib/report.mjs" --results "$RESULTS" --out "$RESULTS/RESULTS.md"
fi
log "done: results in $RESULTS"
