// Trust matrix A20: libFuzzer target for the safetensors header parser. Not part of `swift test`;
// built and run by `Tests/Fuzz/fuzz-safetensors.sh` (after safetensors `fuzz/fuzz_targets/fuzz_target_1.rs`
// and OSS-Fuzz `projects/safetensors/fuzz_targets/deserialize.rs`).
//
// Oracle: parsing arbitrary bytes never crashes, hangs or allocates what the input merely claims;
// and whatever the reader accepts, the writer re-emits as a file the reader accepts with the same
// tensors (writer/reader agreement, A21).

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSafeTensorsHeader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeRawBufferPointer(start: data, count: size)
    guard let header = try? SafeTensorsHeader.parse(fileBytes: bytes, file: "fuzz") else { return 0 }

    var entries: [SafeTensorsWriter.Entry] = []
    for t in header.tensors {
        precondition(t.dataOffsets.upperBound <= header.dataLength, "accepted a tensor past the data")
        let start = header.dataStart + t.dataOffsets.lowerBound
        let raw = Array(bytes[start..<(start + t.byteCount)])
        entries.append(.init(name: t.name, dtype: t.dtype, shape: t.shape, bytes: raw))
    }
    guard let rewritten = try? SafeTensorsWriter.serialize(entries, metadata: header.metadata) else {
        preconditionFailure("the writer refused what the reader accepted")
    }
    let reparsed = rewritten.withUnsafeBytes { try? SafeTensorsHeader.parse(fileBytes: $0, file: "fuzz") }
    guard let reparsed else { preconditionFailure("the reader refused what the writer wrote") }
    precondition(reparsed.metadata == header.metadata, "metadata changed in the round trip")
    precondition(Set(reparsed.tensors.map(\.name)) == Set(header.tensors.map(\.name)), "names changed in the round trip")
    for t in header.tensors {
        precondition(reparsed[t.name]?.shape == t.shape && reparsed[t.name]?.dtype == t.dtype, "tensor changed in the round trip")
    }
    return 0
}
