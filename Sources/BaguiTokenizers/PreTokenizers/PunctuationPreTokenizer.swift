/// Splits on punctuation with a configurable behavior (tokenizers/src/pre_tokenizers/punctuation.rs).
struct PunctuationPreTokenizer: PreTokenizer {
    let behavior: SplitBehavior

    init(_ node: ConfigNode) throws(TokenizerError) {
        behavior = try SplitBehavior.parse(node.optional("behavior"), default: .isolated)
    }

    func preTokenize(_ text: inout PreTokenizedText) {
        let tables = UnicodeTables.shared
        text.split { scalars, range, out in
            splitScalars(scalars, range, behavior: behavior, into: &out) { tables.flags($0).contains(.punctuation) }
        }
    }
}

/// Splits numbers from the rest, one digit per piece when `individual_digits` is set
/// (tokenizers/src/pre_tokenizers/digits.rs).
struct DigitsPreTokenizer: PreTokenizer {
    let individualDigits: Bool

    init(_ node: ConfigNode) throws(TokenizerError) {
        individualDigits = try node.bool("individual_digits", default: false)
    }

    func preTokenize(_ text: inout PreTokenizedText) {
        let tables = UnicodeTables.shared
        let behavior: SplitBehavior = individualDigits ? .isolated : .contiguous
        text.split { scalars, range, out in
            splitScalars(scalars, range, behavior: behavior, into: &out) { tables.flags($0).contains(.numeric) }
        }
    }
}
