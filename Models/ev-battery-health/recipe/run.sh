#!/usr/bin/env bash
# One command: simulate (PyBaMM) -> segments -> train -> evaluate -> export the ev-battery-health bundle.
#   recipe/run.sh               regenerate the simulated data from scratch, then train and export
#   recipe/run.sh --reuse-data  use the committed recipe/data/base_runs.npz (no simulation)
# Extra knobs (environment): CELLS (cell draws to simulate, default 64), EPOCHS (default 16), WORKERS (2).
set -euo pipefail
recipe_dir=$(cd "$(dirname "$0")" && pwd)
bundle_dir=$(dirname "$recipe_dir")
repo=$(git -C "$recipe_dir" rev-parse --show-toplevel)
py=$("$repo/Scripts/ml-venv.sh" "$recipe_dir/requirements.txt")
reuse=0
for arg in "$@"; do
  case $arg in
    --reuse-data) reuse=1 ;;
    *) echo "unknown argument: $arg" >&2; exit 2 ;;
  esac
done
export OMP_NUM_THREADS=1 PYTHONHASHSEED=0
data="$recipe_dir/data/base_runs.npz"
cd "$recipe_dir"
t0=$(date +%s)
if [ "$reuse" = 0 ]; then
  rm -rf "$recipe_dir/data/cache"
  nice -n 19 "$py" simulate.py "$data" --cells "${CELLS:-64}" --workers "${WORKERS:-2}"
fi
t1=$(date +%s)
OMP_NUM_THREADS=2 "$py" train.py "$data" "$bundle_dir" --epochs "${EPOCHS:-16}" --threads 2
t2=$(date +%s)
"$py" export_manifest.py "$bundle_dir" "$data"
echo "simulation $((t1 - t0)) s, dataset+training+evaluation+export $((t2 - t1)) s"
