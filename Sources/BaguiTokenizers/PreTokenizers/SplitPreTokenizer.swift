/// Splits on a literal string or a single character class (tokenizers/src/pre_tokenizers/split.rs).
/// Any other Regex pattern is refused at load time (ReDoS, trust matrix B1): see `CharacterClass`.
struct SplitPreTokenizer: PreTokenizer {
    /// What the split looks for.
    enum Pattern {
        case literal([Unicode.Scalar])
        case characterClass(CharacterClass)
    }

    let pattern: Pattern
    let behavior: SplitBehavior
    let invert: Bool

    init(_ node: ConfigNode) throws(TokenizerError) {
        let patternNode = try node.require("pattern")
        if let regex = patternNode.optional("Regex") {
            guard let characterClass = CharacterClass(regex: try regex.string()) else {
                throw .unsupportedOption(component: "Split pre_tokenizer", option: "a Regex pattern other than one character class")
            }
            pattern = .characterClass(characterClass)
        } else {
            pattern = .literal(Array(try literalPattern(patternNode, component: "Split pre_tokenizer").unicodeScalars))
        }
        behavior = try SplitBehavior.parse(node.require("behavior"), default: .removed)
        invert = try node.bool("invert", default: false)
    }

    func preTokenize(_ text: inout PreTokenizedText) {
        text.split { scalars, range, out in
            var matches: [(range: Range<Int>, isMatch: Bool)]
            switch pattern {
            case .literal(let literal): matches = literalMatches(scalars, range, pattern: literal)
            case .characterClass(let characterClass): matches = classMatches(scalars, range, pattern: characterClass)
            }
            if invert { matches = matches.map { ($0.range, !$0.isMatch) } }
            behavior.apply(matches, into: &out)
        }
    }
}
