#!/usr/bin/env bash
# Builds and runs the libFuzzer target for the safetensors header parser (trust matrix A20).
# Usage: Tests/Fuzz/fuzz-safetensors.sh [seconds=60]   (from the repository root; Linux, swift.org toolchain)
# Findings are written to Tests/Fuzz/FailCases/; turn each into a unit test (trust matrix G4).
set -euo pipefail
seconds="${1:-60}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="$root/.build/fuzz"
mkdir -p "$out/corpus" "$root/Tests/Fuzz/FailCases"
flags=(-sanitize=fuzzer,address -parse-as-library -O -g)

# BaguiJSON as its own module, then the safetensors sources plus the fuzz entry point.
swiftc "${flags[@]}" -emit-library -static -emit-module -module-name BaguiJSON \
    -emit-module-path "$out/BaguiJSON.swiftmodule" -o "$out/libBaguiJSON.a" "$root"/Sources/BaguiJSON/*.swift
swiftc "${flags[@]}" -module-name FuzzSafeTensors -I "$out" -L "$out" -lBaguiJSON -o "$out/fuzz-safetensors" \
    "$root/Sources/BaguiTensor/Tensor.swift" "$root"/Sources/BaguiTensor/SafeTensors/*.swift "$root/Tests/Fuzz/FuzzSafeTensorsHeader.swift"

# Seeds: small valid and hostile files (the shapes of the unit-test fixtures), plus MiniLM's header if fetched.
python3 - "$out/corpus" "$root/.cache/models/all-MiniLM-L6-v2/model.safetensors" <<'PY'
import json, os, struct, sys
corpus, minilm = sys.argv[1], sys.argv[2]
def f(name, header, data=b"", pad=b""):
    h = header.encode() + pad
    open(os.path.join(corpus, name), "wb").write(struct.pack("<Q", len(h)) + h + data)
def t(dtype, shape, a, b): return {"dtype": dtype, "shape": shape, "data_offsets": [a, b]}
f("empty", "{}", pad=b"      ")
f("one", json.dumps({"w": t("F32", [2], 0, 8)}), b"\0" * 8)
f("meta", json.dumps({"__metadata__": {"format": "pt"}, "a": t("F16", [2, 2], 0, 8), "b": t("BF16", [1], 8, 10)}), b"\1" * 10)
f("zero", json.dumps({"w": t("F32", [1], 0, 4), "e": t("I64", [0, 3], 4, 4)}), b"\0" * 4)
f("gap", json.dumps({"a": t("F32", [1], 0, 4), "b": t("F32", [1], 8, 12)}), b"\0" * 12)
f("overlap", json.dumps({"a": t("F32", [2], 0, 8), "b": t("F32", [2], 4, 12)}), b"\0" * 12)
f("dup", '{"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}}', b"\0" * 4)
f("nulpad", "{}", pad=b"\0\0\0\0\0\0")
f("subbyte", json.dumps({"a": t("F6_E2M3", [4], 0, 3)}), b"\0" * 3)
if os.path.exists(minilm):
    with open(minilm, "rb") as m:
        n = struct.unpack("<Q", m.read(8))[0]
        header = json.loads(m.read(n))
    # The real header without its 90 MB of data: structurally rich, refused as past the end.
    f("minilm-header", json.dumps(header))
PY

cd "$root/Tests/Fuzz/FailCases"
"$out/fuzz-safetensors" "$out/corpus" -dict="$root/Tests/Fuzz/safetensors.dict" \
    -rss_limit_mb=512 -timeout=2 -max_len=65536 -max_total_time="$seconds"
