/// Replaces every occurrence of a literal string (tokenizers/src/normalizers/replace.rs).
///
/// Only `{"String": ...}` patterns are accepted: a `{"Regex": ...}` pattern is refused rather than run
/// by a backtracking engine (ReDoS, trust matrix B1).
struct ReplaceNormalizer: Normalizer {
    let pattern: [Unicode.Scalar]
    let content: [Unicode.Scalar]

    init(_ node: ConfigNode) throws(TokenizerError) {
        pattern = Array(try literalPattern(node.require("pattern"), component: "Replace normalizer").unicodeScalars)
        content = Array(try node.require("content").string().unicodeScalars)
    }

    func normalize(_ text: inout [Unicode.Scalar]) {
        guard !pattern.isEmpty, text.count >= pattern.count else { return }
        let matches = text.withUnsafeBufferPointer { literalMatches($0, 0..<text.count, pattern: pattern) }
        guard matches.contains(where: \.isMatch) else { return }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(text.count)
        for m in matches {
            if m.isMatch { out.append(contentsOf: content) } else { out.append(contentsOf: text[m.range]) }
        }
        text = out
    }
}

/// Reads a `{"String": s}` pattern; a `{"Regex": r}` pattern is refused (ReDoS, trust matrix B1).
func literalPattern(_ node: ConfigNode, component: String) throws(TokenizerError) -> String {
    if let literal = node.optional("String") { return try literal.string() }
    if node.optional("Regex") != nil { throw .unsupportedOption(component: component, option: "a Regex pattern") }
    throw .invalidField(path: node.path, expected: "{\"String\": ...} or {\"Regex\": ...}")
}

/// Prepends a fixed string to non-empty text (tokenizers/src/normalizers/prepend.rs).
struct PrependNormalizer: Normalizer {
    let prefix: [Unicode.Scalar]

    init(_ node: ConfigNode) throws(TokenizerError) {
        prefix = Array(try node.require("prepend").string().unicodeScalars)
    }

    func normalize(_ text: inout [Unicode.Scalar]) {
        guard !text.isEmpty else { return }
        text.insert(contentsOf: prefix, at: 0)
    }
}
