/// Greedy longest-match-first subword model of BERT.
// tokenizers/src/models/wordpiece/mod.rs (WordPiece::tokenize)
struct WordPieceModel: TokenizerModel {
    let kind = "WordPiece"
    let vocabulary: Vocabulary
    let unknownToken: String
    /// Nil when the vocabulary lacks the unknown token; encoding then fails only if it is needed.
    let unknownId: Int?
    let continuingSubwordPrefix: [UInt8]
    let maxInputCharsPerWord: Int

    init(_ node: ConfigNode) throws(TokenizerError) {
        vocabulary = try Vocabulary.fromJSONObject(node.require("vocab"))
        unknownToken = try node.string("unk_token", default: "[UNK]")
        unknownId = vocabulary.id(for: unknownToken)
        continuingSubwordPrefix = Array(try node.string("continuing_subword_prefix", default: "##").utf8)
        maxInputCharsPerWord = try node.int("max_input_chars_per_word", default: 100)
    }

    func tokenize(_ piece: UnsafeBufferPointer<Unicode.Scalar>, into ids: inout [Int], scratch: inout ModelScratch) throws(TokenizerError) {
        let n = piece.count
        guard n > 0 else { return }
        if n > maxInputCharsPerWord {
            ids.append(try unknown())
            return
        }
        // UTF-8 of the word and the byte offset of each scalar boundary.
        scratch.bytes.removeAll(keepingCapacity: true)
        scratch.bounds.removeAll(keepingCapacity: true)
        scratch.bounds.append(0)
        for scalar in piece {
            forEachUTF8Byte(scalar) { scratch.bytes.append($0) }
            scratch.bounds.append(scratch.bytes.count)
        }
        let firstId = ids.count
        var start = 0
        while start < n {
            var end = n
            var found: Int?
            while start < end {
                let from = scratch.bounds[start]
                let to = scratch.bounds[end]
                if start == 0 {
                    found = scratch.bytes.withUnsafeBufferPointer { vocabulary.id(forUTF8: UnsafeBufferPointer(rebasing: $0[from..<to])) }
                } else {
                    scratch.key.removeAll(keepingCapacity: true)
                    scratch.key.append(contentsOf: continuingSubwordPrefix)
                    scratch.key.append(contentsOf: scratch.bytes[from..<to])
                    found = scratch.key.withUnsafeBufferPointer { vocabulary.id(forUTF8: $0) }
                }
                if found != nil { break }
                end -= 1
            }
            guard let id = found else {
                // One unmatched remainder makes the whole word unknown.
                ids.removeSubrange(firstId...)
                ids.append(try unknown())
                return
            }
            ids.append(id)
            start = end
        }
    }

    private func unknown() throws(TokenizerError) -> Int {
        guard let unknownId else { throw .missingUnknownToken(unknownToken) }
        return unknownId
    }
}
