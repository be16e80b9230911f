#!/usr/bin/env bash
# Scale-out on one machine: three `bagui serve` replicas on loopback ports behind nginx (Debian's
# package, configuration generated here: one upstream, retries on error and timeout including
# non-idempotent POSTs, and on 502/503 from a replica that is going away), a wrk run through nginx
# on /v1/embeddings, and one replica killed with SIGKILL halfway through. Counts what nginx
# received, what wrk got back, and every retry nginx made (from its access log). Figures go to
# Benchmarks/out/load/replicas-STAMP.{json,md}.
#
#   Benchmarks/load/replicas.sh [--seconds 60] [--clients 16]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
seconds=60
clients=16
while [ $# -gt 0 ]; do
  case $1 in
    --seconds) seconds=$2; shift 2 ;;
    --clients) clients=$2; shift 2 ;;
    *) echo "usage: $0 [--seconds N] [--clients N]" >&2; exit 2 ;;
  esac
done
nginx_dir=$(mktemp -d -t bagui-nginx.XXXXXX)
nginx_pid=
cleanup() {
  if [ -n "$nginx_pid" ]; then stop_pid "$nginx_pid"; fi
  stop_all
  rm -rf "$nginx_dir"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

need_debian wrk wrk curl curl nginx nginx
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
prepare_bagui
make_bodies
stamp=$(date -u +%Y%m%dT%H%M%SZ)

# Three replicas, one BLAS thread each (three processes share the 2 cores).
blas=${BAGUI_BLAS_THREADS:-1}
ports=()
pids=()
for i in 1 2 3; do
  port=$(free_port)
  BAGUI_BLAS_THREADS=$blas start_server "replica-$i" "$port" --embedding-model "$model"
  ports+=("$port")
  pids+=("$server_pid")
done
echo "replicas on ports ${ports[*]} (pids ${pids[*]})" >&2

# nginx in the foreground of a child process (daemon off), everything under $nginx_dir.
front=$(free_port)
mkdir -p "$nginx_dir/temp"
{
  echo "worker_processes 1;"
  echo "pid $nginx_dir/nginx.pid;"
  echo "error_log $nginx_dir/error.log warn;"
  echo "events { worker_connections 1024; }"
  echo "http {"
  echo "  log_format bagui '\$status \$upstream_addr \$upstream_status \$request_time';"
  echo "  access_log $nginx_dir/access.log bagui;"
  for d in client_body proxy fastcgi uwsgi scgi; do echo "  ${d}_temp_path $nginx_dir/temp/$d;"; done
  echo "  upstream bagui {"
  # A replica that fails once is left alone for 5 s, then tried again.
  for port in "${ports[@]}"; do echo "    server 127.0.0.1:$port max_fails=1 fail_timeout=5s;"; done
  echo "    keepalive 32;"
  echo "  }"
  echo "  server {"
  echo "    listen 127.0.0.1:$front;"
  echo "    location / {"
  echo "      proxy_pass http://bagui;"
  echo "      proxy_http_version 1.1;"
  echo "      proxy_set_header Connection \"\";"
  # A POST sent to a replica that dies before answering is sent again to the next one.
  echo "      proxy_next_upstream error timeout non_idempotent http_502 http_503;"
  echo "      proxy_next_upstream_tries 3;"
  echo "      proxy_connect_timeout 1s;"
  echo "      proxy_read_timeout 30s;"
  echo "      proxy_buffer_size 16k;"
  echo "      proxy_buffers 16 16k;"
  echo "    }"
  echo "  }"
  echo "}"
} >"$nginx_dir/nginx.conf"
"$nginx_bin" -t -q -p "$nginx_dir" -c "$nginx_dir/nginx.conf"
"$nginx_bin" -p "$nginx_dir" -c "$nginx_dir/nginx.conf" -g 'daemon off;' &
nginx_pid=$!
for _ in $(seq 1 50); do curl -fsS -o /dev/null "http://127.0.0.1:$front/v2/health/ready" 2>/dev/null && break; sleep 0.1; done
url=http://127.0.0.1:$front/v1/embeddings
run_wrk "$clients" 5 "$url" "$embeddings_bodies" "$out_dir/warmup-replicas.txt" >/dev/null
: >"$nginx_dir/access.log"  # the measured run only (nginx appends, so truncating is safe)

victim=${pids[1]}
victim_port=${ports[1]}
(
  sleep $(( seconds / 2 ))
  kill -KILL "$victim" 2>/dev/null && echo "killed replica 2 (pid $victim, port $victim_port) with SIGKILL at $(( seconds / 2 )) s" >&2
) &
killer=$!
echo "wrk: $clients clients for $seconds s through nginx on port $front" >&2
result=$(run_wrk "$clients" "$seconds" "$url" "$embeddings_bodies" "$out_dir/wrk-$stamp-replicas.txt")
wait "$killer" 2>/dev/null || true
sleep 1
cp "$nginx_dir/access.log" "$out_dir/replicas-$stamp-access.log"
cp "$nginx_dir/error.log" "$out_dir/replicas-$stamp-error.log"
alive=()
for i in 0 1 2; do kill -0 "${pids[$i]}" 2>/dev/null && alive+=("$((i + 1))"); done

python3 - "$result" "$out_dir/replicas-$stamp-access.log" "$out_dir/replicas-$stamp-error.log" "$victim_port" \
  "$clients" "$seconds" "$commit" "${alive[*]}" "$out_dir/replicas-$stamp.json" "$blas" >"$out_dir/replicas-$stamp.md" <<'EOF'
import collections, json, sys
result, access, errors, victim_port, clients, seconds, commit, alive, json_out, blas = sys.argv[1:11]
run = json.loads(result)
lines = [l.split(" ", 3) for l in open(access).read().splitlines() if l.strip()]
status = collections.Counter(l[0] for l in lines)
retried = [l for l in lines if "," in l[1]]
retried_ok = [l for l in retried if l[0].startswith("2")]
to_victim = sum(1 for l in lines if f":{victim_port}" in l[1])
error_lines = [l for l in open(errors).read().splitlines() if "upstream" in l]
wrk_statuses = {int(k): v for k, v in run["statuses"].items()}
wrk_ok = sum(v for k, v in wrk_statuses.items() if 200 <= k < 300)
wrk_failed = sum(v for k, v in wrk_statuses.items() if not 200 <= k < 300) + sum(run["socket_errors"].values())
# 499: the client closed the connection before nginx answered: wrk does that to its requests still
# in flight when the run ends; nginx logs them, wrk never counts them.
in_flight_at_end = status.get("499", 0)
summary = {
    "nginx_requests_received": len(lines), "nginx_statuses": dict(status), "retried": len(retried),
    "retried_then_2xx": len(retried_ok), "requests_involving_killed_replica": to_victim,
    "wrk_completed": run["requests"], "wrk_2xx": wrk_ok, "wrk_failed": wrk_failed, "wrk_statuses": run["statuses"],
    "wrk_socket_errors": run["socket_errors"], "in_flight_when_wrk_stopped": in_flight_at_end,
    "replicas_alive_at_end": alive, "rps": run["rps"], "loadavg_end": run["loadavg"],
    "latency_ms_2xx": run["latency_ms"]["2xx"], "nginx_upstream_error_lines": len(error_lines),
}
json.dump(summary, open(json_out, "w"), indent=1)
print(f"- Commit `{commit}`; 3 × `bagui serve --host 127.0.0.1 --embedding-model .cache/models/all-MiniLM-L6-v2` "
      f"(BAGUI_BLAS_THREADS={blas} each) behind nginx (`proxy_next_upstream error timeout non_idempotent http_502 http_503`, "
      f"3 tries, `max_fails=1 fail_timeout=5s`); wrk {clients} clients, {seconds} s on /v1/embeddings; replica 2 killed with SIGKILL at {int(seconds) // 2} s")
print(f"- Sent (requests nginx received, from its access log): **{len(lines)}**; statuses nginx returned: {dict(status)}")
print(f"- Completed (responses wrk received): **{run['requests']}**, of them 2xx: {wrk_ok}; failed (non-2xx or socket errors): **{wrk_failed}**; "
      f"still in flight when wrk stopped at the end (nginx 499, never answered to wrk): {in_flight_at_end}")
print(f"- Retried by nginx on another replica: {len(retried)} ({len(retried_ok)} of them then answered 2xx); "
      f"requests that touched the killed replica: {to_victim}; nginx upstream error lines: {len(error_lines)}")
print(f"- Throughput {run['rps']:.1f} req/s; 2xx p50 {run['latency_ms']['2xx']['p50']:.1f} ms, p99 {run['latency_ms']['2xx']['p99']:.1f} ms; "
      f"replicas alive at the end: {alive}; load average (1 min) at the end {run['loadavg'][0]:.2f}")
EOF
cat "$out_dir/replicas-$stamp.md"
echo "nginx access log: $out_dir/replicas-$stamp-access.log" >&2
