/// One normalization step applied to the text of a piece (everything between added tokens).
///
/// Mirrors the `Normalizer` trait (tokenizers/src/tokenizer/mod.rs) minus offset alignment.
protocol Normalizer: Sendable {
    /// Rewrites `text` in place.
    func normalize(_ text: inout [Unicode.Scalar])
}

/// Builds the normalizer described by a `tokenizer.json` `normalizer` node.
func makeNormalizer(_ node: ConfigNode) throws(TokenizerError) -> any Normalizer {
    let type = try node.type()
    switch type {
    case "BertNormalizer": return try BertNormalizer(node)
    case "Lowercase": return LowercaseNormalizer()
    case "StripAccents": return StripAccentsNormalizer()
    case "Strip": return try StripNormalizer(node)
    case "NFC": return UnicodeNormalizer(form: .nfc)
    case "NFD": return UnicodeNormalizer(form: .nfd)
    case "NFKC": return UnicodeNormalizer(form: .nfkc)
    case "NFKD": return UnicodeNormalizer(form: .nfkd)
    case "Replace": return try ReplaceNormalizer(node)
    case "Prepend": return try PrependNormalizer(node)
    case "Sequence": return try NormalizerSequence(node)
    default: throw .unsupportedComponent(kind: "normalizer", type: type)
    }
}

/// Applies normalizers in order (tokenizers/src/normalizers/utils.rs `Sequence`).
struct NormalizerSequence: Normalizer {
    let normalizers: [any Normalizer]

    init(_ node: ConfigNode) throws(TokenizerError) {
        var list: [any Normalizer] = []
        for child in try node.require("normalizers").array() { list.append(try makeNormalizer(child)) }
        normalizers = list
    }

    func normalize(_ text: inout [Unicode.Scalar]) {
        for normalizer in normalizers { normalizer.normalize(&text) }
    }
}
