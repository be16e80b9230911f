#!/usr/bin/env bash
# Rebuilds the example bundle (seconds): Models/cassava-starch/recipe/run.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
python=$("$(git -C "$here" rev-parse --show-toplevel)/Scripts/ml-venv.sh")
PYTHONHASHSEED=0 OMP_NUM_THREADS=1 "$python" "$here/train.py" --bundle "$(dirname "$here")"
