/// Every term of a rule table, indexed by first scalar, so one pass over a text finds all the terms
/// it contains (a table holds thousands of terms in six languages; trying each one in turn was about
/// 1 ms per text).
struct PhraseIndex: Sendable {
    /// Every term, its id its position.
    private(set) var terms: [PhraseText] = []
    private var ids: [[Unicode.Scalar]: Int] = [:]
    private var byFirst: [Unicode.Scalar: [Int]] = [:]

    /// The id of `term`, adding it when new.
    mutating func add(_ term: PhraseText) -> Int {
        if let id = ids[term.scalars] { return id }
        let id = terms.count
        terms.append(term)
        ids[term.scalars] = id
        if let first = term.scalars.first { byFirst[first, default: []].append(id) }
        return id
    }

    /// Ids of the terms that occur in `text`, by ``PhraseText/occurs(_:at:)``'s rule.
    func found(in text: PhraseText) -> Set<Int> {
        var found = Set<Int>()
        for (position, scalar) in text.scalars.enumerated() {
            for id in byFirst[scalar] ?? [] where !found.contains(id) && text.occurs(terms[id], at: position) { found.insert(id) }
        }
        return found
    }
}

/// A phrase rule's patterns in `red_flags.json` / `departments.json`: a pattern is a list of groups
/// that must all match (AND); a group is a list of terms of which one must match (OR).
struct PhrasePatterns: Sendable {
    /// `[pattern][group][term id]`, every language's patterns together: every language is tried on
    /// every text, so code-switched text is covered.
    let patterns: [[[Int]]]

    /// Patterns from the file's `{language: [[[term]]]}` form, their terms added to `index`.
    init(_ byLanguage: [String: [[[String]]]], index: inout PhraseIndex) {
        var patterns: [[[Int]]] = []
        for language in byLanguage.keys.sorted() {
            for pattern in byLanguage[language] ?? [] {
                patterns.append(pattern.map { group in group.map { index.add(PhraseText($0)) } })
            }
        }
        self.patterns = patterns
    }

    /// Whether any pattern matches, given the ids of the terms found in the text.
    func matches(_ found: Set<Int>) -> Bool {
        patterns.contains { pattern in pattern.allSatisfy { group in group.contains(where: found.contains) } }
    }
}
