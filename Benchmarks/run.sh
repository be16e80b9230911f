#!/usr/bin/env bash
# The side-by-side benchmark: sentence-transformers, ONNX Runtime and bagui on all-MiniLM-L6-v2.
#
#   Benchmarks/run.sh           full run on a quiet machine → Benchmarks/RESULTS.md (+ out/RESULTS.json)
#   Benchmarks/run.sh --quick   64 texts, few repetitions → Benchmarks/out/RESULTS-quick.md (development only)
#
# Steps: the ML venv's python (Scripts/ml-venv.sh), the model (Scripts/fetch-minilm.sh), bagui and
# BaguiBench in release, the ONNX export into Benchmarks/out/ (once) with its ORT-vs-ST check, then
# Benchmarks/harness.py, which runs the three systems interleaved and writes the report.
# See Benchmarks/README.md. Run nothing else on the machine meanwhile (2 cores).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

quick=()
out=Benchmarks/RESULTS.md
case "${1:-}" in
  --quick) quick=(--quick); out=Benchmarks/out/RESULTS-quick.md ;;
  "") ;;
  *) echo "usage: Benchmarks/run.sh [--quick]" >&2; exit 2 ;;
esac

log() { echo "[run.sh $(date +%H:%M:%S)] $*" >&2; }

log "python environment"
py=$(Scripts/ml-venv.sh)
log "model"
model=$(Scripts/fetch-minilm.sh)
mkdir -p Benchmarks/out

log "building bagui and BaguiBench (release)"
bin=""
# The same flags as `make build` (and Benchmarks/load): one release build serves tests and benchmarks;
# a different flag set would rebuild every module and dependency (about 15 minutes here).
if swift build -c release --build-tests -Xswiftc -enable-testing >&2; then
  bin=$(swift build -c release --show-bin-path)
else
  log "WARNING: the release build failed; only the peers will be measured"
fi

log "FMA peak program"
peak=Benchmarks/out/fma_peak
cc -O2 -pthread Benchmarks/peers/fma_peak.c -o "$peak" || { log "WARNING: fma_peak.c did not build; no % of peak"; peak=""; }

log "ONNX export (once) and ORT-vs-sentence-transformers check"
check=$("$py" Benchmarks/peers/export_onnx.py --model "$model" --out-dir Benchmarks/out \
  2> >(grep -v "Loading weights" >&2) | tail -n 1)
check=$(echo "$check" | "$py" -c 'import json, sys; print(json.dumps(json.load(sys.stdin)["min_cosine_vs_st"]))')

log "measuring"
"$py" Benchmarks/harness.py --model "$model" --bin "$bin" --out "$out" \
  --onnx Benchmarks/out/minilm.onnx --onnx-fused Benchmarks/out/minilm-fused.onnx --onnx-check "$check" \
  --fma-peak "$peak" --command "Benchmarks/run.sh${1:+ $1}" "${quick[@]}"
cat "$out"
