#!/usr/bin/env bash
# Creates (once per machine) and prints the path of the Python environment for model work.
# PyTorch from PyPI is about 6 GB with its CUDA wheels, so the environment lives outside the
# repository, in ${BAGUI_CACHE:-~/.cache/bagui}/torch-venv, and is shared by every clone.
#
# Usage: Scripts/ml-venv.sh [EXTRA_REQUIREMENTS.txt ...]   → prints the venv's python
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cache=${BAGUI_CACHE:-$HOME/.cache/bagui}
venv=$cache/torch-venv
mkdir -p "$cache"
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv" >&2
  "$venv/bin/pip" install -q --upgrade pip >&2
fi
for req in "$here/requirements-ml.txt" "$@"; do
  stamp="$venv/.stamp-$(sha256sum "$req" | cut -c1-16)"
  if [ ! -f "$stamp" ]; then
    "$venv/bin/pip" install -q -r "$req" >&2
    touch "$stamp"
  fi
done
echo "$venv/bin/python"
