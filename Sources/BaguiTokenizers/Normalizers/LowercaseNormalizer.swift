/// Lowercases every scalar with Rust's `char::to_lowercase` (no context-sensitive final sigma).
// tokenizers/src/normalizers/utils.rs (Lowercase) → NormalizedString::lowercase
struct LowercaseNormalizer: Normalizer {
    func normalize(_ text: inout [Unicode.Scalar]) {
        // ASCII fast path in place; fall back to a copy only when a non-ASCII scalar appears.
        var i = 0
        while i < text.count {
            let v = text[i].value
            if v >= 0x80 { break }
            if v >= 0x41 && v <= 0x5A { text[i] = Unicode.Scalar(UInt8(v + 32)) }
            i += 1
        }
        if i == text.count { return }
        let tables = UnicodeTables.shared
        var out = Array(text[..<i])
        out.reserveCapacity(text.count + 4)
        for scalar in text[i...] { tables.appendLowercase(scalar, to: &out) }
        text = out
    }
}
