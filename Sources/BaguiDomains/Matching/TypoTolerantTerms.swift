/// The typo-tolerant rule of `red_flags.json` ("matching" → "fuzzy") over a rule table's terms: a
/// term made of ASCII words matches a run of text words one to one, where a term word may be one
/// edit away from its text word (``isAtMostOneEdit(_:_:)``), unless that text word is a correctly
/// spelled word of the corpora (`knownWords`: `sejak` is not a typo of `sesak`). A term word of at
/// least `minWordLength` letters may carry such a typo anywhere; a shorter one only as the single
/// typo of a term of two or more words that has a long word (`kow blood pressure` matches
/// `low blood pressure`, `wo gibt` does not match `co giat`). A term word of at least
/// `twoEditMinWordLength` letters may also be two edits away (``isWithinTwoEdits(_:_:)``), as
/// Lucene's AUTO fuzziness allows in long words. Python reference: `TypoTolerantTerms` in
/// `recipe/triage_safety.py`.
///
/// Candidates come from a deletion-neighbourhood index (symmetric delete, as SymSpell): every
/// term word is filed under itself and each of its one-letter deletions; a word one edit away
/// shares at least one key, so a text word needs `count + 1` lookups, not a comparison with every
/// term word. The long words are also filed in a ``TwoDeletionIndex``, which a word two edits
/// away shares a key with.
struct TypoTolerantTerms: Sendable {
    /// An eligible term: its id in the ``PhraseIndex`` and its words as vocabulary indices.
    private struct Term: Sendable {
        let id: Int
        let words: [Int]
        /// Whether a typo in one of its short words may count (two or more words, one of them long).
        let allowsShortTypo: Bool
    }

    /// A text word: its own vocabulary index, if it is a term word, and every term word it stands for.
    private struct TextWord {
        let exact: Int?
        let standsFor: Set<Int>
    }

    private let terms: [Term]
    /// Vocabulary index of a term's first word → indices into `terms`.
    private let termsByFirstWord: [Int: [Int]]
    /// Every word of every eligible term.
    private let vocabulary: [[UInt8]]
    private let vocabularyIndex: [[UInt8]: Int]
    /// Deletion key → vocabulary indices of the words filed under it.
    private let byDeletionKey: [[UInt8]: [Int]]
    /// The two-edit neighbourhood of the words of `twoEditMinWordLength` letters or more (numbered
    /// by vocabulary index); empty without a two-edit rule.
    private let twoEditIndex: TwoDeletionIndex
    /// Text words shorter than this cannot be two edits from a long term word: no two-edit lookup.
    private let minTwoEditTextLength: Int
    private let knownWords: Set<[UInt8]>
    /// Term words shorter than this are short: a typo in them needs the rest of the term exact.
    private let minWordLength: Int

    /// The index over `terms` (ids are their positions); terms with a word that is not all ASCII
    /// letters are left to exact matching.
    init(terms phrases: [PhraseText], knownWords: Set<[UInt8]>, minWordLength: Int, twoEditMinWordLength: Int? = nil) {
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
            let hasLongWord = indices.contains { vocabulary[$0].count >= minWordLength }
            terms.append(Term(id: id, words: indices, allowsShortTypo: indices.count >= 2 && hasLongWord))
        }
        var byDeletionKey: [[UInt8]: [Int]] = [:]
        for (index, word) in vocabulary.enumerated() {
            for key in Self.deletionKeys(word) { byDeletionKey[key, default: []].append(index) }
        }
        let two = twoEditMinWordLength ?? Int.max
        twoEditIndex = TwoDeletionIndex(vocabulary.enumerated().filter { $0.element.count >= two }.map { ($0.element, $0.offset) })
        self.terms = terms
        self.termsByFirstWord = termsByFirstWord
        self.vocabulary = vocabulary
        self.vocabularyIndex = vocabularyIndex
        self.byDeletionKey = byDeletionKey
        self.minTwoEditTextLength = (twoEditMinWordLength ?? 0) - 2
        self.knownWords = knownWords
        self.minWordLength = minWordLength
    }

    /// Ids of the terms that match `text` by the typo-tolerant rule.
    func found(in text: PhraseText) -> Set<Int> {
        let textWords = PhraseWords(text).words.map { word in
            word.map { TextWord(exact: vocabularyIndex[$0], standsFor: vocabularyWords($0)) }
                ?? TextWord(exact: nil, standsFor: [])
        }
        var found = Set<Int>()
        for (position, first) in textWords.enumerated() {
            for candidate in first.standsFor {
                for t in termsByFirstWord[candidate] ?? [] where !found.contains(terms[t].id) {
                    let term = terms[t]
                    guard position + term.words.count <= textWords.count else { continue }
                    if matches(term, textWords[position..<(position + term.words.count)]) {
                        found.insert(term.id)
                    }
                }
            }
        }
        return found
    }

    /// Whether a run of text words matches `term`'s words one to one: typos in long words anywhere,
    /// one in a short word only when it is the run's only typo and the term allows it.
    private func matches(_ term: Term, _ run: ArraySlice<TextWord>) -> Bool {
        var typos = 0, shortTypos = 0
        for (word, textWord) in zip(term.words, run) where textWord.exact != word {
            guard textWord.standsFor.contains(word) else { return false }
            typos += 1
            if vocabulary[word].count < minWordLength { shortTypos += 1 }
        }
        return shortTypos == 0 || (typos == 1 && term.allowsShortTypo)
    }

    /// The vocabulary words a text word stands for: itself, and, when it is not a known word, every
    /// term word one edit away and every long term word two edits away.
    private func vocabularyWords(_ word: [UInt8]) -> Set<Int> {
        var out = Set<Int>()
        if let exact = vocabularyIndex[word] { out.insert(exact) }
        guard !knownWords.contains(word) else { return out }
        for key in Self.deletionKeys(word) {
            for index in byDeletionKey[key] ?? [] where isAtMostOneEdit(word, vocabulary[index]) { out.insert(index) }
        }
        guard !twoEditIndex.isEmpty, word.count >= minTwoEditTextLength else { return out }
        for index in twoEditIndex.candidates(of: word) where !out.contains(index) && isWithinTwoEdits(word, vocabulary[index]) {
            out.insert(index)
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
