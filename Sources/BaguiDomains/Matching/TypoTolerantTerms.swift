/// The typo-tolerant rule of `red_flags.json` ("matching" → "fuzzy") over a rule table's terms: a
/// term made of ASCII words matches a run of text words one to one, where a term word of at least
/// `minWordLength` letters may be one edit away from its text word (``isAtMostOneEdit(_:_:)``),
/// unless that text word is a correctly spelled word of the corpora (`knownWords`: `sejak` is not a
/// typo of `sesak`). Shorter term words must be equal. Python reference: `TypoTolerantTerms` in
/// `recipe/triage_safety.py`.
///
/// Candidates come from a deletion-neighbourhood index (symmetric delete, as SymSpell): every
/// vocabulary word of `minWordLength` letters or more is filed under itself and each of its
/// one-letter deletions; a word one edit away shares at least one key, so a text word needs
/// `count + 1` lookups, not a comparison with every term word.
struct TypoTolerantTerms: Sendable {
    /// An eligible term: its id in the ``PhraseIndex`` and its words as vocabulary indices.
    private struct Term: Sendable {
        let id: Int
        let words: [Int]
    }

    private let terms: [Term]
    /// Vocabulary index of a term's first word → indices into `terms`.
    private let termsByFirstWord: [Int: [Int]]
    /// Every word of every eligible term.
    private let vocabulary: [[UInt8]]
    private let vocabularyIndex: [[UInt8]: Int]
    /// Deletion key → vocabulary indices of the long enough words filed under it.
    private let byDeletionKey: [[UInt8]: [Int]]
    private let knownWords: Set<[UInt8]>
    /// Shorter text words cannot be one edit from a tolerant term word (`minWordLength` − 1 letters).
    private let shortestTolerant: Int

    /// The index over `terms` (ids are their positions); terms with a word that is not all ASCII
    /// letters are left to exact matching.
    init(terms phrases: [PhraseText], knownWords: Set<[UInt8]>, minWordLength: Int) {
        var vocabulary: [[UInt8]] = [], vocabularyIndex: [[UInt8]: Int] = [:]
        var terms: [Term] = [], termsByFirstWord: [Int: [Int]] = [:]
        for (id, phrase) in phrases.enumerated() {
            let words = PhraseWords(phrase).words
            guard !words.isEmpty, words.allSatisfy({ $0 != nil }) else { continue }
            let indices = words.compactMap { $0 }.map { word in
                if let index = vocabularyIndex[word] { return index }
                vocabulary.append(word)
                vocabularyIndex[word] = vocabulary.count - 1
                return vocabulary.count - 1
            }
            termsByFirstWord[indices[0], default: []].append(terms.count)
            terms.append(Term(id: id, words: indices))
        }
        var byDeletionKey: [[UInt8]: [Int]] = [:]
        for (index, word) in vocabulary.enumerated() where word.count >= minWordLength {
            for key in Self.deletionKeys(word) { byDeletionKey[key, default: []].append(index) }
        }
        self.terms = terms
        self.termsByFirstWord = termsByFirstWord
        self.vocabulary = vocabulary
        self.vocabularyIndex = vocabularyIndex
        self.byDeletionKey = byDeletionKey
        self.knownWords = knownWords
        shortestTolerant = minWordLength - 1
    }

    /// Ids of the terms that match `text` by the typo-tolerant rule.
    func found(in text: PhraseText) -> Set<Int> {
        let standsFor = PhraseWords(text).words.map { $0.map(vocabularyWords) ?? [] }
        var found = Set<Int>()
        for (position, candidates) in standsFor.enumerated() {
            for first in candidates {
                for t in termsByFirstWord[first] ?? [] where !found.contains(terms[t].id) {
                    let words = terms[t].words
                    guard position + words.count <= standsFor.count else { continue }
                    if words.indices.dropFirst().allSatisfy({ standsFor[position + $0].contains(words[$0]) }) {
                        found.insert(terms[t].id)
                    }
                }
            }
        }
        return found
    }

    /// The vocabulary words a text word stands for: itself, and, when it is not a known word, every
    /// long enough term word one edit away.
    private func vocabularyWords(_ word: [UInt8]) -> Set<Int> {
        var out = Set<Int>()
        if let exact = vocabularyIndex[word] { out.insert(exact) }
        guard word.count >= shortestTolerant, !knownWords.contains(word) else { return out }
        for key in Self.deletionKeys(word) {
            for index in byDeletionKey[key] ?? [] where isAtMostOneEdit(word, vocabulary[index]) { out.insert(index) }
        }
        return out
    }

    /// `word` and each of its one-letter deletions.
    private static func deletionKeys(_ word: [UInt8]) -> Set<[UInt8]> {
        var keys: Set<[UInt8]> = [word]
        for i in word.indices {
            var key = word
            key.remove(at: i)
            keys.insert(key)
        }
        return keys
    }
}
