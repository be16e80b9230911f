import Foundation
import Testing

@testable import BaguiTensor

/// Trust matrix A21: our writer and our reader agree, byte for byte, on arbitrary small files
/// (after safetensors `fuzz/fuzz_targets/structured_roundtrip.rs`: ≤ 8 tensors, rank ≤ 4, dims ≤ 8).
@Suite("safetensors structured round trip (A21)")
struct RoundTripTests {
    /// SplitMix64: a tiny seeded generator, so a failure reproduces from its seed.
    struct SplitMix64: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    private static let names = ["w", "b", "a.b", "x.y.z", "\"q\"", "é", "tab\tname", "emoji🙂", "back\\slash", "n\u{1}"]

    private func randomEntries(_ rng: inout SplitMix64) -> ([SafeTensorsWriter.Entry], [String: String]) {
        let dtypes = DType.allCases.filter { $0.bitSize % 8 == 0 }
        var entries: [SafeTensorsWriter.Entry] = []
        for name in Self.names.shuffled(using: &rng).prefix(Int.random(in: 0...8, using: &rng)) {
            let dtype = dtypes.randomElement(using: &rng) ?? .f32
            let shape = (0..<Int.random(in: 0...4, using: &rng)).map { _ in Int.random(in: 0...8, using: &rng) }
            let count = shape.reduce(1, *) * dtype.alignment
            let bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &rng) }
            entries.append(.init(name: name, dtype: dtype, shape: shape, bytes: bytes))
        }
        var metadata: [String: String] = [:]
        for i in 0..<Int.random(in: 0...2, using: &rng) { metadata["k\(i)"] = Self.names.randomElement(using: &rng) }
        return (entries, metadata)
    }

    @Test("Writer → reader → writer is byte-identical for 300 seeded random files")
    func roundTrip() throws {
        let dir = try TempDir()
        for seed in 0..<300 as Range<UInt64> {
            var rng = SplitMix64(state: seed)
            let (entries, metadata) = randomEntries(&rng)
            let bytes = try SafeTensorsWriter.serialize(entries, metadata: metadata)
            let path = try dir.write("m\(seed).safetensors", bytes)
            let file = try SafeTensorsFile(path: path)
            #expect(file.header.dataStart % 8 == 0, "seed \(seed)")
            #expect(file.metadata == metadata, "seed \(seed)")
            #expect(Set(file.names) == Set(entries.map(\.name)), "seed \(seed)")

            var reread: [SafeTensorsWriter.Entry] = []
            for e in entries {
                let info = try #require(file.info(e.name))
                #expect(info.dtype == e.dtype && info.shape == e.shape, "seed \(seed) \(e.name)")
                let raw = file.withRawBytes(of: e.name) { Array($0) } ?? []
                #expect(raw == e.bytes, "seed \(seed) \(e.name)")
                if e.dtype == .f32 {
                    let floats = try file.tensor(e.name).scalars
                    #expect(floats.map(\.bitPattern) == Self.littleEndianWords(raw), "seed \(seed) \(e.name)")
                }
                reread.append(.init(name: e.name, dtype: info.dtype, shape: info.shape, bytes: raw))
            }
            #expect(try SafeTensorsWriter.serialize(reread.reversed(), metadata: file.metadata) == bytes, "seed \(seed)")
        }
    }

    /// `bytes` read as little-endian 32-bit words.
    private static func littleEndianWords(_ bytes: [UInt8]) -> [UInt32] {
        stride(from: 0, to: bytes.count, by: 4).map { i in
            let b0 = UInt32(bytes[i]), b1 = UInt32(bytes[i + 1]), b2 = UInt32(bytes[i + 2]), b3 = UInt32(bytes[i + 3])
            return b0 | b1 << 8 | b2 << 16 | b3 << 24
        }
    }

    @Test("The writer refuses entries whose bytes disagree with their shape")
    func writerValidates() {
        #expect(throws: SafeTensorsError.tensorInvalidInfo(file: "<memory>", tensor: "w", expected: 8, actual: 4)) {
            try SafeTensorsWriter.serialize([.init(name: "w", dtype: .f32, shape: [2], bytes: [0, 0, 0, 0])])
        }
        #expect(throws: SafeTensorsError.duplicateKey(file: "<memory>", key: "w")) {
            try SafeTensorsWriter.serialize([.init(name: "w", shape: [1], floats: [1]), .init(name: "w", shape: [1], floats: [2])])
        }
    }
}
