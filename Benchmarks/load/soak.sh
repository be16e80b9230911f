#!/usr/bin/env bash
# Soak: `bagui serve` (all-MiniLM-L6-v2) under steady /v1/embeddings load from wrk for 10 minutes,
# its resident set size (VmRSS from /proc/PID/status) and open file descriptors sampled every 5 s.
# Reports start, end and max RSS, the trend over the run (least-squares slope) and every
# response's status. Figures go to Benchmarks/out/load/soak-STAMP.{tsv,json,md}.
#
#   Benchmarks/load/soak.sh [--seconds 600] [--clients 8] [--interval 5]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
seconds=600
clients=8
interval=5
while [ $# -gt 0 ]; do
  case $1 in
    --seconds) seconds=$2; shift 2 ;;
    --clients) clients=$2; shift 2 ;;
    --interval) interval=$2; shift 2 ;;
    *) echo "usage: $0 [--seconds N] [--clients N] [--interval N]" >&2; exit 2 ;;
  esac
done
sampler=
cleanup() {
  if [ -n "$sampler" ]; then kill "$sampler" 2>/dev/null || true; wait "$sampler" 2>/dev/null || true; fi
  stop_all
}
trap cleanup EXIT
trap 'exit 130' INT TERM

need_debian wrk wrk curl curl
prepare_bagui
make_bodies
stamp=$(date -u +%Y%m%dT%H%M%SZ)
samples=$out_dir/soak-$stamp.tsv
port=$(free_port)
start_server soak "$port" --embedding-model "$model"
url=http://127.0.0.1:$port/v1/embeddings
echo "idle RSS after start: $(rss_kib "$server_pid") KiB" >&2

# Samples: seconds since the load started, RSS in KiB, open file descriptors, 1-minute load average.
printf 'seconds\trss_kib\tfds\tloadavg1\n' >"$samples"
idle_rss=$(rss_kib "$server_pid")
t0=$(date +%s)
(
  while kill -0 "$server_pid" 2>/dev/null; do
    printf '%s\t%s\t%s\t%s\n' "$(( $(date +%s) - t0 ))" "$(rss_kib "$server_pid")" \
      "$(ls "/proc/$server_pid/fd" 2>/dev/null | wc -l)" "$(cut -d' ' -f1 /proc/loadavg)" >>"$samples"
    sleep "$interval"
  done
) &
sampler=$!

echo "soak: $clients clients for $seconds s against $url" >&2
result=$(run_wrk "$clients" "$seconds" "$url" "$embeddings_bodies" "$out_dir/wrk-$stamp-soak.txt")
sleep "$interval"
kill "$sampler" 2>/dev/null || true
wait "$sampler" 2>/dev/null || true
sampler=
after_rss=$(rss_kib "$server_pid")
alive=$(kill -0 "$server_pid" 2>/dev/null && echo yes || echo no)
curl -fsS "http://127.0.0.1:$port/metrics" >"$out_dir/metrics-$stamp-soak.txt" || true
stop_all

python3 - "$samples" "$result" "$idle_rss" "$after_rss" "$alive" "$clients" "$seconds" "$commit" >"$out_dir/soak-$stamp.md" <<'EOF'
import json, sys
samples_file, result, idle, after, alive, clients, seconds, commit = sys.argv[1:9]
rows = [line.split("\t") for line in open(samples_file).read().splitlines()[1:] if line.strip()]
rows = [(int(t), int(r), int(f), float(l)) for t, r, f, l in rows if r and f]
run = json.loads(result)
t = [r[0] for r in rows]
rss = [r[1] / 1024 for r in rows]
fds = [r[2] for r in rows]
n = len(rows)
mt, mr = sum(t) / n, sum(rss) / n
slope = sum((a - mt) * (b - mr) for a, b in zip(t, rss)) / max(1e-9, sum((a - mt) ** 2 for a in t))
half = n // 2
second = rows[half:]
ts, rs = [r[0] for r in second], [r[1] / 1024 for r in second]
mts, mrs = sum(ts) / len(ts), sum(rs) / len(rs)
slope2 = sum((a - mts) * (b - mrs) for a, b in zip(ts, rs)) / max(1e-9, sum((a - mts) ** 2 for a in ts))
statuses = {int(k): v for k, v in run["statuses"].items()}
ok = sum(v for k, v in statuses.items() if 200 <= k < 300)
first_min = [r for r in rows if r[0] <= 60]
print(f"- Commit `{commit}`; `bagui serve --host 127.0.0.1 --embedding-model .cache/models/all-MiniLM-L6-v2` (defaults), "
      f"wrk {clients} clients for {seconds} s on /v1/embeddings (one corpus text per request); RSS = VmRSS from /proc every few seconds ({n} samples)")
print(f"- Requests: {run['requests']} ({run['rps']:.1f} req/s), 2xx {ok}, statuses {run['statuses']}, socket errors {run['socket_errors']}; "
      f"2xx p50 {run['latency_ms']['2xx']['p50']:.1f} ms, p99 {run['latency_ms']['2xx']['p99']:.1f} ms; server alive at the end: {alive}")
print(f"- RSS: idle before load {int(idle) / 1024:.1f} MiB; first sample under load {rss[0]:.1f} MiB; "
      f"max over the first minute {max(r[1] for r in first_min) / 1024:.1f} MiB; end {rss[-1]:.1f} MiB; max {max(rss):.1f} MiB; "
      f"min {min(rss):.1f} MiB; after the load stopped {int(after) / 1024:.1f} MiB")
print(f"- Trend (least squares): {slope * 60:+.2f} MiB/min over the whole run, {slope2 * 60:+.2f} MiB/min over its second half")
print(f"- Open file descriptors: start {fds[0]}, end {fds[-1]}, max {max(fds)}")
print(f"- Load average (1 min): {min(r[3] for r in rows):.2f} to {max(r[3] for r in rows):.2f} during the soak")
EOF
cat "$out_dir/soak-$stamp.md"
echo "samples: $samples" >&2
