#!/usr/bin/env bash
# Dynamic batching on versus off: /v1/embeddings (all-MiniLM-L6-v2, one corpus text per request)
# under 16 concurrent clients, against `bagui serve` with its default batching and with
# --no-batching, in turns (on, off, on, off, ...) so drifts in the shared machine's load hit both
# alike; the figure is the ratio of the median throughputs. Figures go to
# Benchmarks/out/load/batching-STAMP.{jsonl,md}.
#
#   Benchmarks/load/batching.sh [--seconds 30] [--rounds 3] [--clients 16] [-- extra serve args]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
seconds=30
rounds=3
clients=16
extra=()
while [ $# -gt 0 ]; do
  case $1 in
    --seconds) seconds=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --clients) clients=$2; shift 2 ;;
    --) shift; extra=("$@"); break ;;
    *) echo "usage: $0 [--seconds N] [--rounds N] [--clients N] [-- extra serve args]" >&2; exit 2 ;;
  esac
done
trap stop_all EXIT
trap 'exit 130' INT TERM

need_debian wrk wrk curl curl
prepare_bagui
make_bodies
stamp=$(date -u +%Y%m%dT%H%M%SZ)
jsonl=$out_dir/batching-$stamp.jsonl
: >"$jsonl"

for round in $(seq 1 "$rounds"); do
  for mode in on off; do
    port=$(free_port)
    args=(--embedding-model "$model" "${extra[@]}")
    [ "$mode" = off ] && args+=(--no-batching)
    start_server "batching-$mode" "$port" "${args[@]}"
    url=http://127.0.0.1:$port/v1/embeddings
    run_wrk "$clients" 5 "$url" "$embeddings_bodies" "$out_dir/warmup-batching.txt" >/dev/null
    cpu_before=$(cpu_ms "$server_pid")
    result=$(run_wrk "$clients" "$seconds" "$url" "$embeddings_bodies" "$out_dir/wrk-$stamp-batching-$mode-$round.txt")
    cpu_used=$(( $(cpu_ms "$server_pid") - cpu_before ))
    batches=$(curl -fsS "http://127.0.0.1:$port/metrics" | awk '/^bagui_batch_size_(sum|count)/ {print $1, $2}' | tr '\n' ' ')
    python3 -c 'import json, sys; r = json.loads(sys.argv[1]); r.update(section="batching", label="batching-" + sys.argv[2], concurrency=int(sys.argv[3]), server_args=sys.argv[4], round=int(sys.argv[5]), batch_metrics=sys.argv[6], server_cpu_ms=int(sys.argv[7]), server_cpu_ms_per_request=int(sys.argv[7]) / max(1, r["requests"])); print(json.dumps(r))' \
      "$result" "$mode" "$clients" "${args[*]}" "$round" "$batches" "$cpu_used" >>"$jsonl"
    python3 "$load_dir/report.py" --brief "$result" "round $round, batching $mode ($batches; server CPU ${cpu_used} ms)"
    stop_all
  done
done

python3 "$load_dir/report.py" "$jsonl" --commit "$commit" --root "$root" >"$out_dir/batching-$stamp.md"
cat "$out_dir/batching-$stamp.md"
echo "raw figures: $jsonl" >&2
