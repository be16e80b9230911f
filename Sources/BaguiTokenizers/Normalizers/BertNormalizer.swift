/// BERT's normalizer: clean control characters, space out CJK ideographs, strip accents, lowercase.
// tokenizers/src/normalizers/bert.rs
struct BertNormalizer: Normalizer {
    let cleanText: Bool
    let handleChineseChars: Bool
    /// `strip_accents: null` follows `lowercase`, as `strip_accents.unwrap_or(lowercase)` does.
    let stripAccents: Bool
    let lowercase: Bool

    init(_ node: ConfigNode) throws(TokenizerError) {
        cleanText = try node.bool("clean_text", default: true)
        handleChineseChars = try node.bool("handle_chinese_chars", default: true)
        lowercase = try node.bool("lowercase", default: true)
        stripAccents = try node.optional("strip_accents")?.bool() ?? lowercase
    }

    func normalize(_ text: inout [Unicode.Scalar]) {
        let tables = UnicodeTables.shared
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(text.count + 8)
        // clean_text and handle_chinese_chars in one pass.
        for scalar in text {
            var c = scalar
            if cleanText {
                let flags = tables.flags(c)
                if flags.contains(.bertRemoved) { continue }
                if flags.contains(.whitespace) { c = " " }
            }
            if handleChineseChars, c.value >= 0x3400, isChineseCharacter(c) {
                out.append(" ")
                out.append(c)
                out.append(" ")
            } else {
                out.append(c)
            }
        }
        if stripAccents { StripAccentsNormalizer.bertStripAccents(&out) }
        if lowercase { LowercaseNormalizer().normalize(&out) }
        text = out
    }
}
