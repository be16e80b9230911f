#!/usr/bin/env bash
# Validates deploy/ offline (no cluster, no network beyond PyPI for the first install): core
# Kubernetes objects with kubernetes-validate's strict schemas, KServe objects with the KServe SDK's
# generated models, and checks that each manifest, once broken, is refused (test_manifests.py).
# Creates ${BAGUI_CACHE:-$HOME/.cache/bagui}/venv-deploy once (about 150 MB: the SDK is installed
# without its model-server dependencies, see validate.py).
#   bash deploy/validate.sh        # pytest; exits non-zero on any invalid manifest or missed breakage
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
venv=${BAGUI_CACHE:-$HOME/.cache/bagui}/venv-deploy
stamp=$venv/.requirements.sha256
want=$(cat "$here/requirements.txt" "$here/requirements-kserve.txt" | sha256sum | cut -d' ' -f1)
if [ ! -x "$venv/bin/python" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  echo "creating deploy validator venv in $venv" >&2
  rm -rf "$venv"
  mkdir -p "$(dirname "$venv")"
  python3 -m venv "$venv"
  "$venv/bin/python" -m pip install -q --disable-pip-version-check -r "$here/requirements.txt" >&2
  "$venv/bin/python" -m pip install -q --disable-pip-version-check --no-deps -r "$here/requirements-kserve.txt" >&2
  echo "$want" > "$stamp"
fi
cd "$here"
exec "$venv/bin/python" -B -m pytest -q -p no:cacheprovider test_manifests.py
