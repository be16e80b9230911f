/// A token declared in `added_tokens`, matched in the raw (or normalized) text before pre-tokenization.
struct AddedToken: Sendable {
    let content: String
    let scalars: [Unicode.Scalar]
    let id: Int
    let special: Bool
    let singleWord: Bool
    let lstrip: Bool
    let rstrip: Bool
    let normalized: Bool
}

/// The added tokens and the two matchers the Rust `AddedVocabulary` builds: one over raw text for
/// tokens with `normalized: false`, one over normalized text for the others, whose patterns are
/// themselves normalized (tokenizers/src/tokenizer/added_vocabulary.rs).
struct AddedVocabulary: Sendable {
    /// Leftmost-longest literal matcher, equivalent to aho-corasick `MatchKind::LeftmostLongest`.
    struct Matcher: Sendable {
        /// Pattern scalars and the index of their token, grouped by first scalar, longest first.
        let byFirstScalar: [UInt32: [(pattern: [Unicode.Scalar], token: Int)]]
        /// Bit `v & 255` is set when some pattern starts with a scalar of value `v`: a cheap pre-check
        /// that keeps the dictionary lookup off the per-character path.
        private let firstScalarFilter: [UInt64]

        init(_ patterns: [(pattern: [Unicode.Scalar], token: Int)]) {
            var groups: [UInt32: [(pattern: [Unicode.Scalar], token: Int)]] = [:]
            for entry in patterns where !entry.pattern.isEmpty {
                groups[entry.pattern[0].value, default: []].append(entry)
            }
            // Stable sort keeps file order among equal lengths (aho-corasick prefers the earlier pattern).
            for key in groups.keys {
                groups[key] = groups[key].map { list in
                    list.enumerated().sorted { ($0.element.pattern.count, -$0.offset) > ($1.element.pattern.count, -$1.offset) }.map(\.element)
                }
            }
            byFirstScalar = groups
            var filter = [UInt64](repeating: 0, count: 4)
            for key in groups.keys { filter[Int(key & 255) >> 6] |= 1 << (key & 63) }
            firstScalarFilter = filter
        }

        var isEmpty: Bool { byFirstScalar.isEmpty }

        /// The longest pattern starting at `i`, if any.
        @inline(__always)
        func match(_ text: [Unicode.Scalar], at i: Int) -> (length: Int, token: Int)? {
            let v = text[i].value
            guard firstScalarFilter[Int(v & 255) >> 6] & (1 << (v & 63)) != 0 else { return nil }
            guard let candidates = byFirstScalar[text[i].value] else { return nil }
            for (pattern, token) in candidates where pattern.count <= text.count - i {
                var k = 1
                while k < pattern.count, text[i + k] == pattern[k] { k += 1 }
                if k == pattern.count { return (pattern.count, token) }
            }
            return nil
        }
    }

    let tokens: [AddedToken]
    /// What `id_to_token` (and so `decode`) returns for each token: for `normalized: true` tokens the
    /// Python library reports the normalized content (`"New York"` → `"new york"`).
    let reportedContent: [String]
    /// Token index by id.
    let indexById: [Int: Int]
    /// Token index by exact UTF-8 content.
    let indexByContent: [[UInt8]: Int]
    let rawMatcher: Matcher
    let normalizedMatcher: Matcher

    init(tokens: [AddedToken], normalizer: (any Normalizer)?) {
        self.tokens = tokens
        var byId: [Int: Int] = [:]
        var byContent: [[UInt8]: Int] = [:]
        for (i, token) in tokens.enumerated() {
            byId[token.id] = i
            byContent[Array(token.content.utf8)] = i
        }
        indexById = byId
        indexByContent = byContent
        // refresh_added_tokens: special tokens first, then the others, each in file order.
        let ordered = tokens.indices.filter { tokens[$0].special } + tokens.indices.filter { !tokens[$0].special }
        rawMatcher = Matcher(ordered.filter { !tokens[$0].normalized }.map { (tokens[$0].scalars, $0) })
        var reported = tokens.map(\.content)
        var normalizedPatterns: [(pattern: [Unicode.Scalar], token: Int)] = []
        for i in ordered where tokens[i].normalized {
            var pattern = tokens[i].scalars
            normalizer?.normalize(&pattern)
            normalizedPatterns.append((pattern, i))
            reported[i] = makeString(pattern)
        }
        normalizedMatcher = Matcher(normalizedPatterns)
        reportedContent = reported
    }

    /// Splits `text` into runs of plain text and added-token matches (`find_matches`), honoring
    /// `single_word`, `lstrip` and `rstrip`. Matched ranges may include the stripped whitespace, which
    /// then belongs to the token's text as in Rust.
    func split(_ text: [Unicode.Scalar], with matcher: Matcher) -> [(range: Range<Int>, token: Int?)] {
        if text.isEmpty || matcher.isEmpty { return [(0..<text.count, nil)] }
        let tables = UnicodeTables.shared
        var result: [(range: Range<Int>, token: Int?)] = []
        var startOffset = 0
        var i = 0
        while i < text.count {
            guard let (length, index) = matcher.match(text, at: i) else {
                i += 1
                continue
            }
            var start = i
            var stop = i + length
            // The automaton resumes after the raw match whatever happens to it below.
            i = stop
            let token = tokens[index]
            if token.singleWord {
                // `\w$` on the text before and `^\w` on the text after must both fail.
                let startSpace = start == 0 || !tables.flags(text[start - 1]).contains(.word)
                let stopSpace = stop == text.count || !tables.flags(text[stop]).contains(.word)
                if !startSpace || !stopSpace { continue }
            }
            if token.lstrip {
                var newStart = start
                while newStart > 0, tables.flags(text[newStart - 1]).contains(.whitespace) { newStart -= 1 }
                start = max(newStart, startOffset)
            }
            if token.rstrip {
                while stop < text.count, tables.flags(text[stop]).contains(.whitespace) { stop += 1 }
            }
            if startOffset < start { result.append((startOffset..<start, nil)) }
            result.append((start..<stop, index))
            startOffset = stop
        }
        if startOffset != text.count { result.append((startOffset..<text.count, nil)) }
        return result
    }

    /// The id Rust's `add_tokens` assigns to each token in file order: the model's id when the content is
    /// in its vocabulary, else the next id past both the model vocabulary and earlier added tokens.
    static func assignedIds(contents: [String], model: Vocabulary) -> [Int] {
        var assigned: [Int] = []
        var addedByContent: [[UInt8]: Int] = [:]
        var maxAdded: Int?
        for content in contents {
            let key = Array(content.utf8)
            if let existing = addedByContent[key] {
                assigned.append(existing)
                continue
            }
            let id: Int
            if let modelId = model.id(for: content) {
                id = modelId
            } else if let max = maxAdded, max >= model.count || model.count == 0 {
                id = max + 1
            } else {
                id = model.count
            }
            addedByContent[key] = id
            maxAdded = Swift.max(maxAdded ?? id, id)
            assigned.append(id)
        }
        return assigned
    }
}
