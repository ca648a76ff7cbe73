#!/usr/bin/env bash
# Does an export stream? bench/export-heap.sh [--sf 1000]
#
# Starts our API (the benchmark's JVM: a fixed 256 MB heap, the serial collector, $API_JVM) on the
# benchmark's cached dataset of that scale factor (bench/run.sh --sf N makes it), with a GC log,
# then downloads every export (CSV), the JSON Lines citations and the newest release zip one after
# another, and reports for each: the bytes and rows sent, the time, and the live heap while it is
# sent: every 2 s a full collection is asked for (jcmd GC.run) and the heap after it logged. A live
# heap that stays level while tens of megabytes go out is an export that holds one page at a time.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK="$ROOT/bench/.work"
SF=1000
while [ $# -gt 0 ]; do
  case "$1" in
    --sf) SF="$2"; shift 2 ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
# shellcheck source=lib/services.sh
source "$ROOT/bench/lib/services.sh"
trap stop_all EXIT

DATA="$WORK/pg-sf$SF"
[ -f "$DATA/PG_VERSION" ] || { log "no dataset for SF$SF in $DATA: run bench/run.sh --sf $SF first"; exit 1; }
[ -f "$ROOT/api/target/dealgraph-api.jar" ] || (cd "$ROOT" && mvn -q -B -pl api package -DskipTests)
extract_pg

GCLOG="$WORK/logs/export-heap-gc.log"
rm -f "$GCLOG"
pg_start "$DATA" "$WORK/logs/postgres-export-heap.log"
API_JVM="$API_JVM -Xlog:gc:file=$GCLOG:uptime" api_start "$WORK/logs/api-export-heap.log"
API="http://127.0.0.1:$API_PORT"
API_PID=$(cat "$WORK/pids/api")

# The heap after each full collection logged so far, in MB, one per line ("Pause Full (System.gc()) 120M->45M(247M)").
after_full_gc() { grep -E 'Pause Full' "$GCLOG" | grep -oE '[0-9]+M->[0-9]+M' | sed -E 's/.*->([0-9]+)M/\1/'; }

printf '| file | bytes | rows | seconds | rows/s | live heap after full GC, MB: min / max (samples) | resident MB after |\n'
printf '|---|---:|---:|---:|---:|---|---:|\n'
for file in deals.csv parties.csv commitments.csv terms.csv statements.csv events.csv sources.csv citations.csv \
    citations.jsonl latest.zip; do
  jcmd "$API_PID" GC.run >/dev/null
  before=$(after_full_gc | wc -l)
  out="$WORK/export-heap.out"
  ( while sleep 2; do jcmd "$API_PID" GC.run >/dev/null 2>&1 || exit 0; done ) &
  sampler=$!
  start=$(date +%s.%N)
  curl -fsS -o "$out" "$API/export/$file"
  seconds=$(echo "$(date +%s.%N) - $start" | bc)
  kill "$sampler" 2>/dev/null; wait "$sampler" 2>/dev/null || true
  jcmd "$API_PID" GC.run >/dev/null
  bytes=$(stat -c %s "$out")
  case "$file" in
    *.zip) rows=$(unzip -p "$out" manifest.json | grep -oE '"rows" : [0-9]+' | awk '{s += $3} END {print s}') ;;
    *.csv) rows=$(($(wc -l < "$out") - 1)) ;;
    *) rows=$(wc -l < "$out") ;;
  esac
  heaps=$(after_full_gc | tail -n +"$((before + 1))")
  count=$(printf '%s\n' "$heaps" | grep -c . || true)
  summary="$(printf '%s\n' "$heaps" | sort -n | head -1) / $(printf '%s\n' "$heaps" | sort -n | tail -1) ($count)"
  rss=$(($(awk '/VmRSS/ {print $2}' "/proc/$API_PID/status") / 1024))
  printf '| %s | %s | %s | %.1f | %.0f | %s | %s |\n' "$file" "$bytes" "$rows" "$seconds" "$(echo "$rows / $seconds" | bc -l)" "$summary" "$rss"
done
rm -f "$WORK/export-heap.out"
log "GC log: $GCLOG"
