#!/usr/bin/env bash
# Load test of the real `bagui serve` binary on loopback with wrk (Debian's package), one wrk
# connection per client:
#   1. /v1/embeddings (all-MiniLM-L6-v2, one corpus text per request) at 1, 8 and 64 concurrent
#      clients, 30 s each, default server settings (64 in flight, 128 queued: below the queue limit);
#   2. OIP v2 infer on the same model (BYTES "text" tensor), same levels;
#   3. OIP v2 infer on a bundle model when the server serves one (LOAD_BUNDLE_MODEL=name and
#      LOAD_MODELS_DIR=folder, passed to --models);
#   4. overload: a server limited to 4 in flight and 4 queued, under 64 clients: the excess must get
#      429 quickly and nothing else may fail.
# Figures go to Benchmarks/out/load/run-STAMP.{jsonl,md}; the load average is recorded with each run
# (the machine is shared: other work running competes for the 2 cores, wrk included).
#
#   Benchmarks/load/run.sh [--seconds 30] [--levels "1 8 64"]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
seconds=30
levels="1 8 64"
while [ $# -gt 0 ]; do
  case $1 in
    --seconds) seconds=$2; shift 2 ;;
    --levels) levels=$2; shift 2 ;;
    *) echo "usage: $0 [--seconds N] [--levels \"1 8 64\"]" >&2; exit 2 ;;
  esac
done
trap stop_all EXIT
trap 'exit 130' INT TERM

need_debian wrk wrk curl curl
prepare_bagui
make_bodies
stamp=$(date -u +%Y%m%dT%H%M%SZ)
jsonl=$out_dir/run-$stamp.jsonl
: >"$jsonl"

# record SECTION LABEL CONCURRENCY SERVER_ARGS RESULT_JSON
record() {
  python3 -c 'import json, sys; r = json.loads(sys.argv[5]); r.update(section=sys.argv[1], label=sys.argv[2], concurrency=int(sys.argv[3]), server_args=sys.argv[4]); print(json.dumps(r))' \
    "$1" "$2" "$3" "$4" "$5" >>"$jsonl"
  python3 "$load_dir/report.py" --brief "$5" "$1/$2 c=$3"
}

port=$(free_port)
base=http://127.0.0.1:$port
server_args="--embedding-model $model"
bundle=${LOAD_BUNDLE_MODEL:-}
if [ -n "$bundle" ]; then server_args+=" --models ${LOAD_MODELS_DIR:?LOAD_MODELS_DIR names the --models folder}"; fi
echo "levels: $levels; $seconds s each; server: bagui serve $server_args" >&2
# shellcheck disable=SC2086
start_server levels "$port" $server_args

targets=("embeddings|$base/v1/embeddings|$embeddings_bodies" "v2-infer|$base/v2/models/all-MiniLM-L6-v2/infer|$v2_bodies")
if [ -n "$bundle" ]; then
  if curl -fsS -o /dev/null "$base/v2/models/$bundle/ready"; then
    bundle_bodies=${LOAD_BUNDLE_BODIES:?LOAD_BUNDLE_BODIES names a file of v2 request bodies for $bundle}
    targets+=("v2-infer-$bundle|$base/v2/models/$bundle/infer|$bundle_bodies")
  else
    echo "the server does not serve $bundle: skipping it" >&2
  fi
fi

for target in "${targets[@]}"; do
  IFS='|' read -r label url bodies <<<"$target"
  # One check request, then 5 s of warm-up at the highest level (not recorded).
  head -n 1 "$bodies" | curl -fsS -o /dev/null -H 'Content-Type: application/json' --data-binary @- "$url"
  run_wrk "${levels##* }" 5 "$url" "$bodies" "$out_dir/warmup-$label.txt" >/dev/null
  for c in $levels; do
    result=$(run_wrk "$c" "$seconds" "$url" "$bodies" "$out_dir/wrk-$stamp-$label-c$c.txt")
    record levels "$label" "$c" "$server_args" "$result"
  done
done
curl -fsS "$base/metrics" >"$out_dir/metrics-$stamp-levels.txt" || true
stop_all

# Overload: a small admission limit so 64 clients exceed in-flight + queue.
port=$(free_port)
overload_args="--embedding-model $model --max-concurrent-requests 4 --max-queued-requests 4"
# shellcheck disable=SC2086
start_server overload "$port" $overload_args
url=http://127.0.0.1:$port/v1/embeddings
run_wrk 8 5 "$url" "$embeddings_bodies" "$out_dir/warmup-overload.txt" >/dev/null
result=$(run_wrk 64 "$seconds" "$url" "$embeddings_bodies" "$out_dir/wrk-$stamp-overload-c64.txt")
record overload embeddings 64 "$overload_args" "$result"
curl -fsS "http://127.0.0.1:$port/metrics" >"$out_dir/metrics-$stamp-overload.txt" || true
stop_all

python3 "$load_dir/report.py" "$jsonl" --commit "$commit" --root "$root" >"$out_dir/run-$stamp.md"
cat "$out_dir/run-$stamp.md"
echo "raw figures: $jsonl" >&2
