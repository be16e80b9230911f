/// Splits on a literal string (tokenizers/src/pre_tokenizers/split.rs). Regex patterns are refused at
/// load time (ReDoS, trust matrix B1).
struct SplitPreTokenizer: PreTokenizer {
    let pattern: [Unicode.Scalar]
    let behavior: SplitBehavior
    let invert: Bool

    init(_ node: ConfigNode) throws(TokenizerError) {
        pattern = Array(try literalPattern(node.require("pattern"), component: "Split pre_tokenizer").unicodeScalars)
        behavior = try SplitBehavior.parse(node.require("behavior"), default: .removed)
        invert = try node.bool("invert", default: false)
    }

    func preTokenize(_ text: inout PreTokenizedText) {
        text.split { scalars, range, out in
            var matches = literalMatches(scalars, range, pattern: pattern)
            if invert { matches = matches.map { ($0.range, !$0.isMatch) } }
            behavior.apply(matches, into: &out)
        }
    }
}
