/// Trims whitespace (`char::is_whitespace`) from either end (tokenizers/src/normalizers/strip.rs).
struct StripNormalizer: Normalizer {
    let left: Bool
    let right: Bool

    init(_ node: ConfigNode) throws(TokenizerError) {
        left = try node.bool("strip_left", default: true)
        right = try node.bool("strip_right", default: true)
    }

    func normalize(_ text: inout [Unicode.Scalar]) {
        let tables = UnicodeTables.shared
        if right {
            while let last = text.last, tables.flags(last).contains(.whitespace) { text.removeLast() }
        }
        if left, let first = text.firstIndex(where: { !tables.flags($0).contains(.whitespace) }) {
            text.removeFirst(first)
        } else if left {
            text.removeAll()
        }
    }
}
