#!/usr/bin/env bash
# Rebuilds the sugarcane-yield bundle: simulate seasons (AquaCrop), train, evaluate, export.
#
#   Models/sugarcane-yield/recipe/run.sh                 # full rebuild (simulation ~20 min on 2 free cores, hours on a busy one)
#   Models/sugarcane-yield/recipe/run.sh --reuse-data    # reuse data/seasons.csv and data/ood.csv
#   Models/sugarcane-yield/recipe/run.sh --resume-data   # finish an interrupted simulation, then train
#
# Writes ../config.json, ../model.safetensors, ../golden.json, ../manifest.json, ../README.md and
# metrics.json, timings.json here.
set -euo pipefail
recipe_dir=$(cd "$(dirname "$0")" && pwd)
bundle_dir=$(dirname "$recipe_dir")
reuse=0
resume=""
for arg in "$@"; do
  case "$arg" in
    --reuse-data) reuse=1 ;;
    --resume-data) resume="--resume" ;;
    *) echo "unknown argument: $arg" >&2; exit 2 ;;
  esac
done
cd "$recipe_dir"
python=$("$(git rev-parse --show-toplevel)/Scripts/ml-venv.sh" "$recipe_dir/requirements.txt")
export PYTHONHASHSEED=0 OMP_NUM_THREADS=1 MKL_NUM_THREADS=1

if [ "$reuse" = 0 ] || [ ! -f data/seasons.csv ] || [ ! -f data/ood.csv ]; then
  echo "== simulating seasons (AquaCrop, 2 workers, nice 19)"
  [ -n "$resume" ] || rm -f data/seasons.csv data/ood.csv data/generation_timing.json
  nice -n 19 "$python" generate_data.py --out data/seasons.csv --ood-out data/ood.csv --workers 2 $resume
else
  echo "== reusing data/seasons.csv and data/ood.csv"
fi

echo "== training and evaluating"
t0=$(date +%s)
nice -n 19 "$python" train.py --data data/seasons.csv --ood data/ood.csv --bundle "$bundle_dir"
t1=$(date +%s)

echo "== writing manifest.json and README.md"
"$python" export_bundle.py --bundle "$bundle_dir" --train-wall-seconds $((t1 - t0))
"$python" check_bundle.py --bundle "$bundle_dir"
