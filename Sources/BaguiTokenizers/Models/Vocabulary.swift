/// A token ↔ id table keyed by exact UTF-8 bytes.
///
/// Why not `[String: Int]`: Swift `String` equality is canonical equivalence, so `"é"` (U+00E9) and
/// `"e\u{301}"` would collide, while the Rust crate's `HashMap<String, u32>` compares bytes. Lookups
/// also take a byte buffer, so WordPiece and BPE probe substrings without allocating a `String`.
struct Vocabulary: Sendable {
    /// Token text by id; ids are dense, `0..<count`.
    let tokens: [String]
    /// All token bytes back to back; token `i` is `arena[starts[i]..<starts[i + 1]]`.
    private let arena: [UInt8]
    private let starts: [Int32]
    /// Open-addressing slots holding an id, or -1 when empty. Power-of-two sized, at most half full.
    private let slots: [Int32]
    private let mask: Int

    var count: Int { tokens.count }

    /// Builds the table from token texts indexed by id. Returns the first duplicate text, if any.
    init(tokens: [String]) throws(TokenizerError) {
        self.tokens = tokens
        var arena: [UInt8] = []
        var starts: [Int32] = [0]
        starts.reserveCapacity(tokens.count + 1)
        for token in tokens {
            arena.append(contentsOf: token.utf8)
            starts.append(Int32(truncatingIfNeeded: arena.count))
        }
        guard arena.count < Int(Int32.max) else { throw .invalidVocabulary("token text exceeds 2 GB") }
        var capacity = 16
        while capacity < tokens.count * 2 { capacity <<= 1 }
        var slots = [Int32](repeating: -1, count: capacity)
        let mask = capacity - 1
        arena.withUnsafeBufferPointer { bytes in
            for id in tokens.indices {
                let key = UnsafeBufferPointer(rebasing: bytes[Int(starts[id])..<Int(starts[id + 1])])
                var slot = Vocabulary.hash(key) & mask
                while slots[slot] >= 0 { slot = (slot + 1) & mask }
                slots[slot] = Int32(id)
            }
        }
        self.arena = arena
        self.starts = starts
        self.slots = slots
        self.mask = mask
        // Byte-identical duplicates would make reverse lookup ambiguous (JSON objects cannot hold them,
        // but ids listed twice could); check once here.
        for id in tokens.indices where self.id(for: tokens[id]) != id {
            throw .invalidVocabulary("the token '\(tokens[id])' appears under two ids")
        }
    }

    /// FNV-1a over the bytes; keys are short, so a simple byte loop wins over block hashes.
    @inline(__always)
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    /// The id of the token whose UTF-8 is exactly `key`.
    @inline(__always)
    func id(forUTF8 key: UnsafeBufferPointer<UInt8>) -> Int? {
        var slot = Vocabulary.hash(key) & mask
        return arena.withUnsafeBufferPointer { arena -> Int? in
            while true {
                let id = Int(slots[slot])
                if id < 0 { return nil }
                let start = Int(starts[id])
                let length = Int(starts[id + 1]) - start
                if length == key.count,
                   length == 0 || memcmp(arena.baseAddress! + start, key.baseAddress!, length) == 0 {
                    return id
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// The id of the token whose UTF-8 is exactly `key`.
    func id(forUTF8 key: [UInt8]) -> Int? {
        key.withUnsafeBufferPointer { id(forUTF8: $0) }
    }

    /// The id of `token`, compared byte for byte.
    func id(for token: String) -> Int? {
        var token = token
        return token.withUTF8 { id(forUTF8: $0) }
    }

    /// Builds from a JSON `vocab` object (token → id), requiring ids to be exactly `0..<count`.
    static func fromJSONObject(_ node: ConfigNode) throws(TokenizerError) -> Vocabulary {
        let object = try node.object()
        var tokens = [String?](repeating: nil, count: object.count)
        for (token, value) in object.members {
            guard let id = value.int else {
                throw .invalidField(path: node.path + "[\"\(token)\"]", expected: "an integer id")
            }
            guard id >= 0, id < object.count else {
                throw .invalidVocabulary("id \(id) of '\(token)' is outside 0..<\(object.count); ids must be dense")
            }
            guard tokens[id] == nil else { throw .invalidVocabulary("id \(id) is used twice") }
            tokens[id] = token
        }
        return try Vocabulary(tokens: tokens.map { $0 ?? "" })
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
