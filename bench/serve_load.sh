#!/usr/bin/env bash
# Load on `marsad serve`: throughput and latency percentiles of search and of the document
# endpoint, with wrk (2 threads, 16 connections, 20 s each), on a database of a whole corpus.
#
#   bench/serve_load.sh CORPUS.jsonl [DB]        e.g. bench/serve_load.sh ../shared/corpus/saudinewsnet/saudinewsnet.jsonl
#
# The database is built once with `marsad ingest` (DB defaults to /tmp/marsad-load.db; an
# existing one is reused). Environment: MARSAD (binary, default build/marsad), PORT (8089),
# DURATION (20s), THREADS (2), CONNECTIONS (16).
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 1 ] || { echo "usage: $0 CORPUS [DB]" >&2; exit 2; }
corpus=$1
db=${2:-/tmp/marsad-load.db}
marsad=${MARSAD:-build/marsad}
port=${PORT:-8089}
duration=${DURATION:-20s}
threads=${THREADS:-2}
connections=${CONNECTIONS:-16}
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT

if [ ! -s "$db" ]; then
  echo "== ingest $corpus → $db"
  "$marsad" ingest --db "$db" "$corpus" | tail -1
fi

"$marsad" serve --db "$db" --port "$port" --static "$work" &
server=$!

# Waits for the server, then picks 1000 document ids spread over the whole database.
python3 - "$port" "$work/ids.txt" <<'PY'
import json, sys, time, urllib.request
port, out = sys.argv[1], sys.argv[2]
def get(path):
    return json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=30))
for _ in range(300):
    try:
        stats = get("/api/stats")
        break
    except OSError:
        time.sleep(0.2)
print("== stats:", json.dumps({k: stats[k] for k in ("documents", "words", "mentions", "events", "relations")}))
step = max(1, stats["documents"] // 1000)
with open(out, "w") as f:
    for offset in range(0, stats["documents"], step)[:1000]:
        for d in get(f"/api/documents?limit=1&offset={offset}")["documents"]:
            print(d["id"], file=f)
PY
echo "== $(wc -l < "$work/ids.txt") document ids, $(grep -c . bench/serve/queries.txt) queries"

for mode in search documents; do
  list=bench/serve/queries.txt
  [ "$mode" = documents ] && list=$work/ids.txt
  echo "== $mode: wrk -t$threads -c$connections -d$duration --latency"
  wrk -t"$threads" -c"$connections" -d"$duration" --latency -s bench/serve/load.lua "http://127.0.0.1:$port" -- "$mode" "$list"
done
