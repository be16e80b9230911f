# Shared by Benchmarks/load/*.sh (sourced, not run): tools, the model, the binary, request bodies,
# starting and stopping `bagui serve` on loopback, and one wrk run. Every server started here is
# stopped by stop_all, which the scripts call from their EXIT trap.
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
load_dir=$root/Benchmarks/load
out_dir=${BAGUI_LOAD_OUT:-$root/Benchmarks/out/load}
mkdir -p "$out_dir"
started_pids=()

# apt-get install the Debian packages named when their command is missing.
need_debian() { # command package [command package ...]
  local missing=()
  while [ $# -gt 0 ]; do
    command -v "$1" >/dev/null 2>&1 || missing+=("$2")
    shift 2
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "installing ${missing[*]}" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

# The bagui binary (BAGUI_BIN, or a release build of this checkout) and the MiniLM folder.
prepare_bagui() {
  model=$("$root/Scripts/fetch-minilm.sh")
  if [ -n "${BAGUI_BIN:-}" ]; then
    bagui=$BAGUI_BIN
  else
    # The same build `make test` runs, so after it this is a no-op.
    (cd "$root" && swift build -c release --build-tests -Xswiftc -enable-testing >&2)
    bagui=$root/.build/release/bagui
  fi
  commit=$(git -C "$root" rev-parse --short=12 HEAD 2>/dev/null || echo unknown)
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# Request bodies, one JSON document per line, from the benchmark corpus (1,024 English texts of
# 4-120 words): /v1/embeddings with one text each, and OIP v2 infer with one text each.
make_bodies() {
  embeddings_bodies=$out_dir/bodies-embeddings.jsonl
  v2_bodies=$out_dir/bodies-v2.jsonl
  python3 - "$root/Benchmarks/corpus.jsonl" "$embeddings_bodies" "$v2_bodies" <<'EOF'
import json, sys
texts = [json.loads(line)["text"] for line in open(sys.argv[1]) if line.strip()]
with open(sys.argv[2], "w") as out:
    for text in texts:
        out.write(json.dumps({"model": "all-MiniLM-L6-v2", "input": text, "encoding_format": "float"}) + "\n")
with open(sys.argv[3], "w") as out:
    for text in texts:
        out.write(json.dumps({"inputs": [{"name": "text", "shape": [1], "datatype": "BYTES", "data": [text]}]}) + "\n")
EOF
}

# start_server NAME PORT ARGS... : starts `bagui serve` on 127.0.0.1:PORT in the background, waits
# until /v2/health/ready answers 200 (60 s at most). Sets server_pid; logs to $out_dir/NAME.log.
start_server() {
  local name=$1 port=$2
  shift 2
  "$bagui" serve --host 127.0.0.1 --port "$port" "$@" >"$out_dir/$name.log" 2>&1 &
  server_pid=$!
  started_pids+=("$server_pid")
  local i
  for i in $(seq 1 600); do
    if ! kill -0 "$server_pid" 2>/dev/null; then
      echo "bagui serve ($name) exited early:" >&2; tail -n 20 "$out_dir/$name.log" >&2; return 1
    fi
    if curl -fsS -o /dev/null "http://127.0.0.1:$port/v2/health/ready" 2>/dev/null; then return 0; fi
    sleep 0.1
  done
  echo "bagui serve ($name) did not become ready" >&2
  return 1
}

# Stops one process started here: SIGTERM, up to 10 s, then SIGKILL.
stop_pid() {
  local pid=$1 i
  kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null || true; return 0; }
  kill -TERM "$pid" 2>/dev/null || true
  for i in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

stop_all() {
  local pid
  for pid in "${started_pids[@]}"; do stop_pid "$pid"; done
  started_pids=()
}

# run_wrk CONCURRENCY SECONDS URL BODIES OUTFILE : one wrk run (one connection per thread, 30 s
# timeout like the server's deadline); writes wrk's output to OUTFILE and prints the RESULT JSON
# with the load average at the end of the run added.
run_wrk() {
  local c=$1 seconds=$2 url=$3 bodies=$4 outfile=$5
  wrk -t "$c" -c "$c" -d "${seconds}s" --timeout 30s -s "$load_dir/wrk.lua" "$url" -- "$bodies" >"$outfile" 2>&1 || {
    echo "wrk failed:" >&2; cat "$outfile" >&2; return 1; }
  local result
  result=$(sed -n 's/^RESULT //p' "$outfile")
  [ -n "$result" ] || { echo "wrk printed no RESULT line:" >&2; cat "$outfile" >&2; return 1; }
  python3 -c 'import json, os, sys; r = json.loads(sys.argv[1]); r["loadavg"] = list(os.getloadavg()); r["blas_threads"] = os.environ.get("BAGUI_BLAS_THREADS", "default"); print(json.dumps(r))' "$result"
}

# The resident set size of PID in KiB, from /proc/PID/status (VmRSS).
rss_kib() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status" 2>/dev/null; }

# CPU time (user + system) PID has used so far, in milliseconds, from /proc/PID/stat.
cpu_ms() {
  local tick
  tick=$(getconf CLK_TCK)
  awk -v tick="$tick" '{sub(/^.*\) /, ""); print int(($12 + $13) * 1000 / tick)}' "/proc/$1/stat"
}
