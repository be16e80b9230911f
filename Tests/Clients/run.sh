#!/usr/bin/env bash
# Drives the real `bagui serve` binary with clients nobody here wrote: NVIDIA's tritonclient[http]
# (Open Inference Protocol v2: the embedding model, a text bundle, a tabular bundle and the industry
# model) and OpenAI's Python client (/v1/embeddings), checked against the sentence-transformers
# reference embeddings of all-MiniLM-L6-v2 and the bundles' PyTorch goldens.
#
#   bash Tests/Clients/run.sh          # exits non-zero on any failure
#
# Creates (once) a light venv in ${BAGUI_CACHE:-$HOME/.cache/bagui}/venv-clients from PyPI, fetches
# MiniLM if needed, builds `bagui` unless BAGUI_BIN names a binary, starts it on a free loopback
# port, waits for readiness, runs pytest, and always stops the server.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
here=$root/Tests/Clients
cache=${BAGUI_CACHE:-$HOME/.cache/bagui}
venv=$cache/venv-clients
config=${CONFIG:-release}

# 1. The client venv, rebuilt when requirements.txt changes.
stamp=$venv/.requirements.sha256
want=$(sha256sum "$here/requirements.txt" | cut -d' ' -f1)
if [ ! -x "$venv/bin/python" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  echo "creating client venv in $venv" >&2
  rm -rf "$venv"
  mkdir -p "$cache"
  python3 -m venv "$venv"
  "$venv/bin/python" -m pip install -q --disable-pip-version-check -r "$here/requirements.txt" >&2
  echo "$want" > "$stamp"
fi

# 2. The model and the server binary.
model=$("$root/Scripts/fetch-minilm.sh")
bagui=${BAGUI_BIN:-$root/.build/$config/bagui}
if [ -z "${BAGUI_BIN:-}" ]; then
  # Exactly the build `make test` runs, so after it this is a no-op (a --product build would
  # configure the packages differently and recompile them).
  (cd "$root" && swift build -c "$config" --build-tests -Xswiftc -enable-testing >&2)
fi

# 3. A free loopback port, the server, and a trap that always stops it.
port=$("$venv/bin/python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
log=$(mktemp -t bagui-serve.XXXXXX.log)
"$bagui" serve --embedding-model "$model" --models "$root/Models" --host 127.0.0.1 --port "$port" >"$log" 2>&1 &
server=$!
stop() {
  if kill -0 "$server" 2>/dev/null; then
    kill -TERM "$server" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$server" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$server" 2>/dev/null || true
  fi
  wait "$server" 2>/dev/null || true
  rm -f "$log"
}
trap stop EXIT

ready=0
for _ in $(seq 1 600); do
  if ! kill -0 "$server" 2>/dev/null; then echo "bagui serve exited early:" >&2; cat "$log" >&2; exit 1; fi
  if "$venv/bin/python" -c "import urllib.request,sys; urllib.request.urlopen('http://127.0.0.1:$port/v2/health/ready', timeout=1)" 2>/dev/null; then
    ready=1; break
  fi
  sleep 0.1
done
if [ "$ready" != 1 ]; then echo "bagui serve did not become ready:" >&2; cat "$log" >&2; exit 1; fi

# 4. The clients.
status=0
BAGUI_URL="127.0.0.1:$port" BAGUI_FIXTURES="$root/Tests/BaguiModelsTests/Fixtures/minilm" BAGUI_MODELS_DIR="$root/Models" \
  "$venv/bin/python" -m pytest -q -p no:cacheprovider "$here" || status=$?
if [ "$status" != 0 ]; then echo "server log:" >&2; tail -n 50 "$log" >&2; fi
exit "$status"
