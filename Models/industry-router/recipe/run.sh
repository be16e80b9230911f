#!/usr/bin/env bash
# One command: generate the corpus, reuse (or, with --retrain-tokenizer, retrain) the shared tokenizer,
# train, calibrate, evaluate and export Models/industry-router. Fixed seeds throughout; CPU only, nice 10, 1 torch thread.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bundle=$(cd "$here/.." && pwd)
shared=$(cd "$bundle/../shared-text" && pwd)
root=$(cd "$bundle/../.." && pwd)
PY=$("$root/Scripts/ml-venv.sh" "$here/requirements.txt")
work=${BAGUI_TEXT_WORK:-$here/.work}
if [ "${1:-}" = "--retrain-tokenizer" ] || [ ! -f "$shared/tokenizer.json" ]; then
  "$shared/build_tokenizer.sh"
fi
nice -n 10 "$PY" "$shared/build_data.py" router "$work/data"
# heldout.jsonl (not a bundle file): ~600 balanced routing lines drawn only from the TEST split, for the composed model's
# Swift test; build.py reports this model's figures on it
nice -n 10 "$PY" "$here/make_heldout.py" "$work/data" "$bundle/heldout.jsonl"
nice -n 10 "$PY" -u "$here/build.py" "$work/data" "$shared/tokenizer.json" "$bundle" 2>&1 | grep --line-buffered -v "Warning" | tee "$here/train.log"
