/// Joins WordPiece tokens: `##` continuations glue on, others get a space, then BERT's cleanup of
/// spaces before punctuation and contractions (tokenizers/src/decoders/wordpiece.rs).
struct WordPieceDecoder: Decoder {
    let prefix: String
    let cleanup: Bool

    init(_ node: ConfigNode) throws(TokenizerError) {
        prefix = try node.string("prefix", default: "##")
        cleanup = try node.bool("cleanup", default: true)
    }

    func decodeChain(_ tokens: [String]) -> [String] {
        tokens.enumerated().map { i, token in
            var text = token
            if i != 0 {
                if token.utf8.starts(with: prefix.utf8) {
                    text = String(decoding: token.utf8.dropFirst(prefix.utf8.count), as: UTF8.self)
                } else {
                    text = " " + token
                }
            }
            return cleanup ? WordPieceDecoder.cleanup(text) : text
        }
    }

    /// `decoders::wordpiece::cleanup`, applied in the same order.
    static func cleanup(_ dirty: String) -> String {
        var s = dirty
        for (from, to) in [(" .", "."), (" ?", "?"), (" !", "!"), (" ,", ","), (" ' ", "'"), (" n't", "n't"), (" 'm", "'m"),
                           (" do not", " don't"), (" 's", "'s"), (" 've", "'ve"), (" 're", "'re")] {
            s = replacingAll(s, from, with: to)
        }
        return s
    }
}
