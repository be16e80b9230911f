/// A set of writing systems, told apart by the Unicode names of their letters (`LATIN SMALL LETTER A`,
/// `CJK UNIFIED IDEOGRAPH-4E00`, `THAI CHARACTER KO KAI`): the scripts an expert reads. Text whose
/// letters are mostly in other scripts is text the experts cannot read, whatever it says (the
/// triage layer's unfamiliar-input check, the industry model's script gate).
public struct ScriptSet: Sendable, Equatable {
    /// Script name → the prefix its letters' Unicode names start with.
    public static let namePrefixes: [String: String] = [
        "Latin": "LATIN", "Han": "CJK", "Thai": "THAI", "Lao": "LAO", "Khmer": "KHMER", "Myanmar": "MYANMAR",
        "Hangul": "HANGUL", "Hiragana": "HIRAGANA", "Katakana": "KATAKANA", "Cyrillic": "CYRILLIC", "Greek": "GREEK",
        "Arabic": "ARABIC", "Hebrew": "HEBREW", "Devanagari": "DEVANAGARI", "Bengali": "BENGALI", "Tamil": "TAMIL",
        "Sinhala": "SINHALA", "Georgian": "GEORGIAN",
    ]

    /// The scripts of Bagui's shipped text experts: Latin (Vietnamese, Indonesian, Malay and English
    /// letters included), Han and Thai.
    public static let expertScripts = ScriptSet(uncheckedNames: ["Latin", "Han", "Thai"])

    /// The script names, as given.
    public let names: [String]
    private let prefixes: [String]

    /// The set of `names`; nil when a name is not one of ``namePrefixes``.
    public init?(names: [String]) {
        guard !names.isEmpty, names.allSatisfy({ Self.namePrefixes[$0] != nil }) else { return nil }
        self.init(uncheckedNames: names)
    }

    private init(uncheckedNames names: [String]) {
        self.names = names
        prefixes = names.compactMap { Self.namePrefixes[$0] }
    }

    /// Whether `scalar` is a letter of one of these scripts.
    public func contains(_ scalar: Unicode.Scalar) -> Bool {
        guard let name = scalar.properties.name else { return false }
        return prefixes.contains { name.hasPrefix($0) }
    }

    /// The share of the letters (Unicode categories Lu, Ll, Lt, Lm, Lo) of `text` in these scripts,
    /// and how many letters it has; the share is nil for text without letters. `text` is normalised
    /// first (NFKC: fullwidth Latin is Latin).
    public func letterShare(of text: PhraseText) -> (share: Double?, letters: Int) {
        var letters = 0, inSet = 0
        for scalar in text.scalars where PhraseText.isLetter(scalar) {
            letters += 1
            if contains(scalar) { inSet += 1 }
        }
        return (letters == 0 ? nil : Double(inSet) / Double(letters), letters)
    }
}
