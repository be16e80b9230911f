/// One pre-tokenization step: cuts (and for ByteLevel, rewrites) the pieces of a text.
///
/// Mirrors the `PreTokenizer` trait (tokenizers/src/tokenizer/mod.rs).
protocol PreTokenizer: Sendable {
    func preTokenize(_ text: inout PreTokenizedText)
}

/// Builds the pre-tokenizer described by a `tokenizer.json` `pre_tokenizer` node.
func makePreTokenizer(_ node: ConfigNode) throws(TokenizerError) -> any PreTokenizer {
    let type = try node.type()
    switch type {
    case "BertPreTokenizer": return BertPreTokenizer()
    case "ByteLevel": return try ByteLevelPreTokenizer(node)
    case "Whitespace": return WhitespacePreTokenizer()
    case "WhitespaceSplit": return WhitespaceSplitPreTokenizer()
    case "Punctuation": return try PunctuationPreTokenizer(node)
    case "Digits": return try DigitsPreTokenizer(node)
    case "Split": return try SplitPreTokenizer(node)
    case "Sequence": return try PreTokenizerSequence(node)
    default: throw .unsupportedComponent(kind: "pre_tokenizer", type: type)
    }
}

/// Applies pre-tokenizers in order (tokenizers/src/pre_tokenizers/sequence.rs).
struct PreTokenizerSequence: PreTokenizer {
    let preTokenizers: [any PreTokenizer]

    init(_ node: ConfigNode) throws(TokenizerError) {
        var list: [any PreTokenizer] = []
        for child in try node.require("pretokenizers").array() { list.append(try makePreTokenizer(child)) }
        preTokenizers = list
    }

    func preTokenize(_ text: inout PreTokenizedText) {
        for preTokenizer in preTokenizers { preTokenizer.preTokenize(&text) }
    }
}
