#!/usr/bin/env bash
# Regenerates the three corpora's train splits and retrains the shared tokenizer into
# Models/shared-text/tokenizer.json. The bundles ship identical copies of that file, so after running this,
# rebuild all three bundles (their recipe/run.sh) to keep them in step.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
PY=$("$root/Scripts/ml-venv.sh" "$here/requirements.txt")
work=${BAGUI_TEXT_WORK:-$here/.work}
for d in medical sugarcane router; do
  nice -n 10 "$PY" "$here/build_data.py" "$d" "$work/$d"
done
nice -n 10 "$PY" "$here/train_tokenizer.py" "$here/tokenizer.json" "$work/medical" "$work/sugarcane" "$work/router"
