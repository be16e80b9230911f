#!/usr/bin/env bash
# One command: generate the corpus, reuse (or, with --retrain-tokenizer, retrain) the shared tokenizer,
# train, calibrate, evaluate and export Models/medical-triage. Fixed seeds throughout; CPU only, nice 10, 1 torch thread.
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
nice -n 10 "$PY" "$here/red_flags_source.py" "$bundle/red_flags.json"
nice -n 10 "$PY" "$here/departments_source.py" "$bundle/departments.json"
nice -n 10 "$PY" "$shared/build_data.py" medical "$work/data"
if [ "${1:-}" = "--rules-only" ]; then
  # red_flags.json / departments.json changed, the corpus did not: keep the weights, recompute metrics, golden, manifest, card
  nice -n 10 "$PY" -u "$here/build.py" --reevaluate "$work/data" "$shared/tokenizer.json" "$bundle" 2>&1 | grep --line-buffered -v "Warning" | tee "$here/reevaluate.log"
  nice -n 10 "$PY" "$here/rules_parity.py" "$work/data" "$bundle" "$here/rules_parity.json"
  exit 0
fi
nice -n 10 "$PY" -u "$here/build.py" "$work/data" "$shared/tokenizer.json" "$bundle" 2>&1 | grep --line-buffered -v "Warning" | tee "$here/train.log"
nice -n 10 "$PY" "$here/rules_parity.py" "$work/data" "$bundle" "$here/rules_parity.json"
