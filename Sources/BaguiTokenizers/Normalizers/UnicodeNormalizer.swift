import Foundation

/// Unicode normalization forms NFC, NFD, NFKC, NFKD (tokenizers/src/normalizers/unicode.rs), through
/// Foundation, which implements them on Linux too.
struct UnicodeNormalizer: Normalizer {
    enum Form: Sendable { case nfc, nfd, nfkc, nfkd }
    let form: Form

    func normalize(_ text: inout [Unicode.Scalar]) {
        // ASCII is invariant under all four forms.
        guard text.contains(where: { $0.value >= 0x80 }) else { return }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: text)
        let string = String(view)
        let normalized: String = switch form {
        case .nfc: string.precomposedStringWithCanonicalMapping
        case .nfd: string.decomposedStringWithCanonicalMapping
        case .nfkc: string.precomposedStringWithCompatibilityMapping
        case .nfkd: string.decomposedStringWithCompatibilityMapping
        }
        text = Array(normalized.unicodeScalars)
    }
}
