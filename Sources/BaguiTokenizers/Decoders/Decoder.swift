/// Turns token texts back into a string (the `Decoder` trait, tokenizers/src/tokenizer/mod.rs):
/// `decode(tokens) = decode_chain(tokens).joined()`.
protocol Decoder: Sendable {
    func decodeChain(_ tokens: [String]) -> [String]
}

/// Builds the decoder described by a `tokenizer.json` `decoder` node.
func makeDecoder(_ node: ConfigNode) throws(TokenizerError) -> any Decoder {
    let type = try node.type()
    switch type {
    case "WordPiece": return try WordPieceDecoder(node)
    case "ByteLevel": return ByteLevelDecoder()
    case "BPEDecoder": return try BPEDecoder(node)
    case "Sequence": return try DecoderSequence(node)
    default: throw .unsupportedComponent(kind: "decoder", type: type)
    }
}

/// Chains decoders (tokenizers/src/decoders/sequence.rs).
struct DecoderSequence: Decoder {
    let decoders: [any Decoder]

    init(_ node: ConfigNode) throws(TokenizerError) {
        var list: [any Decoder] = []
        for child in try node.require("decoders").array() { list.append(try makeDecoder(child)) }
        decoders = list
    }

    func decodeChain(_ tokens: [String]) -> [String] {
        decoders.reduce(tokens) { $1.decodeChain($0) }
    }
}

/// Replaces the end-of-word suffix by a space, except after the last token (tokenizers/src/decoders/bpe.rs).
struct BPEDecoder: Decoder {
    let suffix: String

    init(_ node: ConfigNode) throws(TokenizerError) {
        suffix = try node.string("suffix", default: "</w>")
    }

    func decodeChain(_ tokens: [String]) -> [String] {
        guard !suffix.isEmpty else { return tokens }
        return tokens.enumerated().map { i, token in
            replacingAll(token, suffix, with: i == tokens.count - 1 ? "" : " ")
        }
    }
}

/// Replaces every non-overlapping occurrence of `target`, comparing bytes (Rust `str::replace`),
/// unlike Foundation's `replacingOccurrences`, which compares canonically equivalent text as equal.
func replacingAll(_ string: String, _ target: String, with replacement: String) -> String {
    let text = Array(string.utf8)
    let pattern = Array(target.utf8)
    guard !pattern.isEmpty, text.count >= pattern.count else { return string }
    var out: [UInt8] = []
    out.reserveCapacity(text.count)
    var i = 0
    var replaced = false
    while i < text.count {
        if i + pattern.count <= text.count, text[i] == pattern[0], Array(text[i..<(i + pattern.count)]) == pattern {
            out.append(contentsOf: replacement.utf8)
            i += pattern.count
            replaced = true
        } else {
            out.append(text[i])
            i += 1
        }
    }
    return replaced ? String(decoding: out, as: UTF8.self) : string
}
