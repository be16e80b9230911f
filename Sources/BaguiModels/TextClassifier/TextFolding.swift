import Foundation

/// Text folded for lexical features, as the Python recipes do it: Unicode NFKC, lowercased, every
/// run of whitespace one space, trimmed (`" ".join(unicodedata.normalize("NFKC", t).lower().split())`).
/// Held as Unicode scalars because Python indexes code points, not graphemes. Used by the n-gram bag
/// of ``TextClassifierModel`` and by the triage rules' phrase matching.
public enum TextFolding {
    /// The folded scalars of `text`.
    public static func scalars(_ text: String) -> [Unicode.Scalar] {
        let folded = text.precomposedStringWithCompatibilityMapping.lowercased()
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(folded.unicodeScalars.count)
        var pendingSpace = false
        for scalar in folded.unicodeScalars {
            if isSpace(scalar) {
                pendingSpace = !scalars.isEmpty
                continue
            }
            if pendingSpace { scalars.append(" ") }
            pendingSpace = false
            scalars.append(scalar)
        }
        return scalars
    }

    /// Python's `str.split()` whitespace: the White_Space property plus the information separators
    /// U+001C…U+001F.
    public static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || (0x1C...0x1F).contains(scalar.value)
    }
}
