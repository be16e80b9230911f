/// Byte-pair encoding: start from characters, apply ranked merges (tokenizers/src/models/bpe/model.rs).
///
/// Supported: `unk_token`, `fuse_unk`, `continuing_subword_prefix`, `end_of_word_suffix`,
/// `ignore_merges`; refused: `dropout` other than null/0 and `byte_fallback: true`. No word cache:
/// the Rust cache is an optimization with no effect on the output, and an unbounded one is a memory risk.
struct BPEModel: TokenizerModel {
    let kind = "BPE"
    let vocabulary: Vocabulary
    /// (left id << 32 | right id) → (rank << 32 | merged id).
    let merges: MergeTable
    let unknownToken: String?
    let fuseUnknown: Bool
    let continuingSubwordPrefix: [UInt8]?
    let endOfWordSuffix: [UInt8]?
    let ignoreMerges: Bool
    /// Ids of single-scalar tokens below U+0180 (all byte-level stand-ins), or -1; used when no affix applies.
    private let smallScalarIds: [Int32]

    init(_ node: ConfigNode) throws(TokenizerError) {
        vocabulary = try Vocabulary.fromJSONObject(node.require("vocab"))
        if let dropout = node.optional("dropout") {
            guard let p = dropout.value.double else { throw .invalidField(path: dropout.path, expected: "a number or null") }
            if p != 0 { throw .unsupportedOption(component: "BPE model", option: "dropout \(p)") }
        }
        if try node.bool("byte_fallback", default: false) {
            throw .unsupportedOption(component: "BPE model", option: "byte_fallback: true")
        }
        unknownToken = try node.optional("unk_token")?.string()
        fuseUnknown = try node.bool("fuse_unk", default: false)
        continuingSubwordPrefix = try node.optional("continuing_subword_prefix").map { node throws(TokenizerError) in Array(try node.string().utf8) }
        endOfWordSuffix = try node.optional("end_of_word_suffix").map { node throws(TokenizerError) in Array(try node.string().utf8) }
        ignoreMerges = try node.bool("ignore_merges", default: false)
        merges = try BPEModel.parseMerges(node.require("merges"), vocabulary: vocabulary, prefix: continuingSubwordPrefix)
        var small = [Int32](repeating: -1, count: 0x180)
        for v in 0..<0x180 {
            if let scalar = Unicode.Scalar(v), let id = vocabulary.id(for: makeString([scalar])) { small[v] = Int32(id) }
        }
        smallScalarIds = small
    }

    /// Reads merges in either the legacy `"a b"` form or the `["a", "b"]` pair form. A later duplicate
    /// pair overwrites an earlier one, as collecting into the Rust `HashMap` does.
    private static func parseMerges(_ node: ConfigNode, vocabulary: Vocabulary, prefix: [UInt8]?) throws(TokenizerError) -> MergeTable {
        let list = try node.array()
        var merges = MergeTable(capacity: list.count)
        let prefixLength = prefix?.count ?? 0
        for (rank, entry) in list.enumerated() {
            let left: String
            let right: String
            if let line = entry.value.string {
                let parts = line.split(separator: " ", omittingEmptySubsequences: false)
                guard parts.count == 2 else { throw .invalidField(path: entry.path, expected: "two tokens separated by one space") }
                left = String(parts[0])
                right = String(parts[1])
            } else {
                let pair = try entry.array()
                guard pair.count == 2 else { throw .invalidField(path: entry.path, expected: "a pair of tokens") }
                left = try pair[0].string()
                right = try pair[1].string()
            }
            guard let a = vocabulary.id(for: left) else { throw .mergeTokenNotInVocabulary(rank: rank, token: left) }
            guard let b = vocabulary.id(for: right) else { throw .mergeTokenNotInVocabulary(rank: rank, token: right) }
            // `format!("{}{}", a, &b[prefix_len..])`: the right part loses the subword prefix length.
            var merged = Array(left.utf8)
            let rightBytes = Array(right.utf8)
            merged.append(contentsOf: rightBytes.dropFirst(min(prefixLength, rightBytes.count)))
            guard let id = vocabulary.id(forUTF8: merged) else {
                throw .mergeTokenNotInVocabulary(rank: rank, token: String(decoding: merged, as: UTF8.self))
            }
            merges.set(MergeTable.key(Int32(a), Int32(b)), UInt64(rank) << 32 | UInt64(id))
        }
        return merges
    }

    func tokenize(_ piece: UnsafeBufferPointer<Unicode.Scalar>, into ids: inout [Int], scratch: inout ModelScratch) throws(TokenizerError) {
        let n = piece.count
        guard n > 0 else { return }
        if ignoreMerges {
            scratch.key.removeAll(keepingCapacity: true)
            appendUTF8(piece, to: &scratch.key)
            if let id = scratch.key.withUnsafeBufferPointer({ vocabulary.id(forUTF8: $0) }) {
                ids.append(id)
                return
            }
        }
        // merge_word: one symbol per character, unknown characters mapped to (possibly fused) unk.
        scratch.symbols.removeAll(keepingCapacity: true)
        var pendingUnknown = false
        for (k, scalar) in piece.enumerated() {
            let isFirst = k == 0
            let isLast = k == n - 1
            let usePrefix = !isFirst && continuingSubwordPrefix != nil
            let useSuffix = isLast && endOfWordSuffix != nil
            var id: Int?
            if !usePrefix, !useSuffix, scalar.value < 0x180 {
                let small = smallScalarIds[Int(scalar.value)]
                id = small >= 0 ? Int(small) : nil
            } else {
                scratch.key.removeAll(keepingCapacity: true)
                if usePrefix, let prefix = continuingSubwordPrefix { scratch.key.append(contentsOf: prefix) }
                forEachUTF8Byte(scalar) { scratch.key.append($0) }
                if useSuffix, let suffix = endOfWordSuffix { scratch.key.append(contentsOf: suffix) }
                id = scratch.key.withUnsafeBufferPointer { vocabulary.id(forUTF8: $0) }
            }
            if let id {
                pendingUnknown = false
                BPESymbol.append(Int32(id), to: &scratch.symbols)
            } else if let unknownToken {
                guard let unknownId = vocabulary.id(for: unknownToken) else { throw .missingUnknownToken(unknownToken) }
                // fuse_unk: consecutive unknown characters share one unk symbol.
                if !(fuseUnknown && pendingUnknown) { BPESymbol.append(Int32(unknownId), to: &scratch.symbols) }
                pendingUnknown = true
            }
            // Without an unk token, an unknown character is dropped, as in Rust.
        }
        BPESymbol.mergeAll(&scratch.symbols, merges: merges, heap: &scratch.heap)
        for symbol in scratch.symbols where symbol.alive { ids.append(Int(symbol.id)) }
    }
}
