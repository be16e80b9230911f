/// A phrase rule's patterns in `red_flags.json` / `departments.json`: a pattern is a list of groups
/// that must all match (AND); a group is a list of terms of which one must match (OR).
public struct PhrasePatterns: Sendable {
    /// `[pattern][group][term]`, every language's patterns together: every language is tried on
    /// every text, so code-switched text is covered.
    let patterns: [[[PhraseText]]]

    /// Patterns from the file's `{language: [[[term]]]}` form.
    init(_ byLanguage: [String: [[[String]]]]) {
        patterns = byLanguage.keys.sorted().flatMap { language in
            (byLanguage[language] ?? []).map { pattern in pattern.map { group in group.map(PhraseText.init) } }
        }
    }

    /// Whether any pattern matches `text`.
    func matches(_ text: PhraseText) -> Bool {
        patterns.contains { pattern in pattern.allSatisfy { group in group.contains { text.contains($0) } } }
    }
}
