#!/usr/bin/env bash
# Validates deploy/ offline (no cluster, no network beyond PyPI for the first install): core
# Kubernetes objects with kubernetes-validate's bundled schemas, KServe objects with the KServe
# SDK's generated models. Creates ${BAGUI_CACHE:-$HOME/.cache/bagui}/venv-deploy once.
#   bash deploy/validate.sh        # exits non-zero on any invalid manifest
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
venv=${BAGUI_CACHE:-$HOME/.cache/bagui}/venv-deploy
stamp=$venv/.requirements.sha256
want=$(sha256sum "$here/requirements.txt" | cut -d' ' -f1)
if [ ! -x "$venv/bin/python" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  echo "creating deploy validator venv in $venv" >&2
  rm -rf "$venv"
  mkdir -p "$(dirname "$venv")"
  python3 -m venv "$venv"
  "$venv/bin/python" -m pip install -q --disable-pip-version-check -r "$here/requirements.txt" >&2
  echo "$want" > "$stamp"
fi
exec "$venv/bin/python" "$here/validate.py"
