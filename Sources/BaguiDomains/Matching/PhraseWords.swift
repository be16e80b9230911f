/// The words of a normalised text as `red_flags.json` ("matching" → "fuzzy") defines them: the
/// apostrophes U+0027 and U+2019 removed ("can't" is one word, `cant`), then maximal runs of
/// letters, marks and digits (general categories L*, M*, N*). Only words made of the ASCII letters
/// a–z take part in typo-tolerant matching, so each word is kept as its bytes, or nil for any other
/// word (Han, Thai, Vietnamese with tones, digits), which matches no term word and breaks a run.
/// The Python reference is `words` and `ascii_word` in `recipe/triage_safety.py`.
struct PhraseWords {
    /// The words in text order: ASCII bytes, or nil for a word that is not all a–z.
    let words: [[UInt8]?]

    init(_ text: PhraseText) {
        var words: [[UInt8]?] = []
        var current: [UInt8] = [], inWord = false, isASCII = true
        func close() {
            if inWord { words.append(isASCII ? current : nil) }
            current.removeAll(keepingCapacity: true)
            inWord = false
            isASCII = true
        }
        for scalar in text.scalars where scalar != "'" && scalar != "\u{2019}" {
            guard Self.isWordScalar(scalar) else { close(); continue }
            inWord = true
            if isASCII, let byte = Self.asciiLetter(scalar) { current.append(byte) } else { isASCII = false }
        }
        close()
        self.words = words
    }

    /// `word` as bytes when it is made of the ASCII letters a–z only (the form of `knownWords`).
    static func asciiWord(_ word: String) -> [UInt8]? {
        let bytes = Array(word.utf8)
        return !bytes.isEmpty && bytes.allSatisfy { (0x61...0x7A).contains($0) } ? bytes : nil
    }

    private static func asciiLetter(_ scalar: Unicode.Scalar) -> UInt8? {
        (0x61...0x7A).contains(scalar.value) ? UInt8(scalar.value) : nil
    }

    /// General category L*, M* or N*.
    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark,
             .decimalNumber, .letterNumber, .otherNumber: true
        default: false
        }
    }
}

/// Whether `a` and `b` are at most one edit apart in optimal string alignment distance: equal, or
/// one insertion, deletion, substitution, or swap of two adjacent letters (`chset` → `chest`).
func isAtMostOneEdit(_ a: [UInt8], _ b: [UInt8]) -> Bool {
    if a == b { return true }
    let (long, short) = a.count >= b.count ? (a, b) : (b, a)
    switch long.count - short.count {
    case 0:
        guard let first = long.indices.first(where: { long[$0] != short[$0] }) else { return true }
        let rest = first + 1
        if long[rest...] == short[rest...] { return true }  // one substitution
        return rest < long.count && long[first] == short[rest] && long[rest] == short[first]
            && long[(rest + 1)...] == short[(rest + 1)...]  // one adjacent swap
    case 1:
        let first = short.indices.first(where: { long[$0] != short[$0] }) ?? short.count
        return long[(first + 1)...] == short[first...]  // one insertion into the shorter
    default:
        return false
    }
}

/// Whether `a` and `b` are at most two edits apart in optimal string alignment distance (insertions,
/// deletions, substitutions and adjacent swaps, no letter edited twice): `braethng` → `breathing`.
/// Python reference: `within_two_edits` in `recipe/triage_safety.py`.
func isWithinTwoEdits(_ a: [UInt8], _ b: [UInt8]) -> Bool {
    guard abs(a.count - b.count) <= 2 else { return false }
    guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) <= 2 }
    // rows i-2, i-1 and i of the (a.count + 1) × (b.count + 1) distance table
    var previous2 = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var row = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        row[0] = i
        for j in 1...b.count {
            var d = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d = min(d, previous2[j - 2] + 1) }
            row[j] = d
        }
        (previous2, previous, row) = (previous, row, previous2)
    }
    return previous[b.count] <= 2
}
