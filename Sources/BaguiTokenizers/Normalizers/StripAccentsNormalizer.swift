/// Removes combining marks. On its own it does not decompose: pair it with NFD, as the Rust
/// `StripAccents` expects (tokenizers/src/normalizers/strip.rs). Note the asymmetry the Python library
/// shows: this drops Mn, Mc and Me, while `BertNormalizer`'s strip_accents drops only Mn.
struct StripAccentsNormalizer: Normalizer {
    func normalize(_ text: inout [Unicode.Scalar]) {
        guard text.contains(where: { $0.value >= 0x300 }) else { return }
        let tables = UnicodeTables.shared
        text.removeAll { $0.value >= 0x300 && tables.flags($0).contains(.combiningMark) }
    }

    /// NFD-decomposes, then drops Mn scalars (`do_strip_accents` in bert.rs).
    static func bertStripAccents(_ text: inout [Unicode.Scalar]) {
        // Nothing below U+00C0 decomposes or is a nonspacing mark below U+0300.
        guard text.contains(where: { $0.value >= 0xC0 }) else { return }
        UnicodeNormalizer(form: .nfd).normalize(&text)
        let tables = UnicodeTables.shared
        text.removeAll { $0.value >= 0x300 && tables.flags($0).contains(.nonspacingMark) }
    }
}
