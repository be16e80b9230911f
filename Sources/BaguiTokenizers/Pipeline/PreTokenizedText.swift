/// The text between normalization and the model: one scalar buffer and the pieces cut from it.
///
/// Mirrors `PreTokenizedString` (tokenizers/src/tokenizer/pre_tokenizer.rs) without alignment
/// tracking, since Bagui does not report offsets. Pieces that matched an added token already carry
/// its id and are never split or tokenized again.
struct PreTokenizedText {
    /// One piece: a range of `buffer` and, for added tokens, the token's id.
    struct Piece {
        var range: Range<Int>
        var addedTokenId: Int?
    }

    var buffer: [Unicode.Scalar]
    var pieces: [Piece]

    init(buffer: [Unicode.Scalar], pieces: [Piece]) {
        self.buffer = buffer
        self.pieces = pieces
    }

    /// Replaces every piece without an added token by the sub-ranges `split` appends, dropping empty
    /// ones as `PreTokenizedString::split` does.
    mutating func split(_ split: (UnsafeBufferPointer<Unicode.Scalar>, Range<Int>, inout [Range<Int>]) -> Void) {
        var result: [Piece] = []
        result.reserveCapacity(pieces.count * 4)
        var ranges: [Range<Int>] = []
        buffer.withUnsafeBufferPointer { text in
            for piece in pieces {
                if piece.addedTokenId != nil {
                    result.append(piece)
                    continue
                }
                ranges.removeAll(keepingCapacity: true)
                split(text, piece.range, &ranges)
                for range in ranges where !range.isEmpty { result.append(Piece(range: range, addedTokenId: nil)) }
            }
        }
        pieces = result
    }

    /// Rebuilds the buffer, letting `transform` rewrite each piece without an added token into zero or
    /// more new pieces appended to `out` (for ByteLevel's byte mapping and prefix space).
    mutating func transform(
        _ transform: (UnsafeBufferPointer<Unicode.Scalar>, Range<Int>, inout [Unicode.Scalar], inout [Range<Int>]) -> Void
    ) {
        var newBuffer: [Unicode.Scalar] = []
        newBuffer.reserveCapacity(buffer.count * 2 + 8)
        var result: [Piece] = []
        var ranges: [Range<Int>] = []
        buffer.withUnsafeBufferPointer { text in
            for piece in pieces {
                if let id = piece.addedTokenId {
                    let start = newBuffer.count
                    newBuffer.append(contentsOf: text[piece.range])
                    result.append(Piece(range: start..<newBuffer.count, addedTokenId: id))
                    continue
                }
                ranges.removeAll(keepingCapacity: true)
                transform(text, piece.range, &newBuffer, &ranges)
                for range in ranges where !range.isEmpty { result.append(Piece(range: range, addedTokenId: nil)) }
            }
        }
        buffer = newBuffer
        pieces = result
    }
}

/// How a split treats the delimiters it finds (`SplitDelimiterBehavior`,
/// tokenizers/src/tokenizer/normalizer.rs).
enum SplitBehavior: String, Sendable {
    case removed = "Removed"
    case isolated = "Isolated"
    case mergedWithPrevious = "MergedWithPrevious"
    case mergedWithNext = "MergedWithNext"
    case contiguous = "Contiguous"

    static func parse(_ node: ConfigNode?, default fallback: SplitBehavior) throws(TokenizerError) -> SplitBehavior {
        guard let node else { return fallback }
        let name = try node.string()
        guard let behavior = SplitBehavior(rawValue: name) else {
            throw .invalidField(path: node.path, expected: "one of Removed, Isolated, MergedWithPrevious, MergedWithNext, Contiguous")
        }
        return behavior
    }

    /// Turns `matches` (ranges covering a piece in order, each flagged as delimiter or not) into the
    /// kept ranges, exactly as `NormalizedString::split` folds them.
    func apply(_ matches: [(range: Range<Int>, isMatch: Bool)], into out: inout [Range<Int>]) {
        switch self {
        case .isolated:
            for m in matches { out.append(m.range) }
        case .removed:
            for m in matches where !m.isMatch { out.append(m.range) }
        case .contiguous, .mergedWithPrevious:
            let first = out.count
            var previousMatch = false
            for m in matches {
                let merge = self == .contiguous ? m.isMatch == previousMatch : m.isMatch && !previousMatch
                if merge, out.count > first {
                    out[out.count - 1] = out[out.count - 1].lowerBound..<m.range.upperBound
                } else {
                    out.append(m.range)
                }
                previousMatch = m.isMatch
            }
        case .mergedWithNext:
            var reversed: [Range<Int>] = []
            var previousMatch = false
            for m in matches.reversed() {
                if m.isMatch && !previousMatch, let last = reversed.last {
                    reversed[reversed.count - 1] = m.range.lowerBound..<last.upperBound
                } else {
                    reversed.append(m.range)
                }
                previousMatch = m.isMatch
            }
            out.append(contentsOf: reversed.reversed())
        }
    }
}

/// Splits `range` of `text` at every scalar satisfying `isDelimiter`, one delimiter per match, as the
/// Rust `impl Pattern for Fn(char) -> bool` does (tokenizers/src/tokenizer/pattern.rs).
@inline(__always)
func splitScalars(
    _ text: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, behavior: SplitBehavior,
    into out: inout [Range<Int>], isDelimiter: (Unicode.Scalar) -> Bool
) {
    switch behavior {
    case .removed, .isolated:
        // Fast paths without the intermediate match list.
        var start = range.lowerBound
        for i in range where isDelimiter(text[i]) {
            if start < i { out.append(start..<i) }
            if behavior == .isolated { out.append(i..<(i + 1)) }
            start = i + 1
        }
        if start < range.upperBound { out.append(start..<range.upperBound) }
    default:
        var matches: [(range: Range<Int>, isMatch: Bool)] = []
        var start = range.lowerBound
        for i in range where isDelimiter(text[i]) {
            if start < i { matches.append((start..<i, false)) }
            matches.append((i..<(i + 1), true))
            start = i + 1
        }
        if start < range.upperBound { matches.append((start..<range.upperBound, false)) }
        behavior.apply(matches, into: &out)
    }
}

/// Finds non-overlapping, leftmost occurrences of `pattern` in `range` of `text` and returns the
/// pieces covering the range, as the Rust string `Pattern` does (regex-escaped literal, `find_iter`).
func literalMatches(
    _ text: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, pattern: [Unicode.Scalar]
) -> [(range: Range<Int>, isMatch: Bool)] {
    if pattern.isEmpty || range.isEmpty { return [(range, false)] }
    var result: [(range: Range<Int>, isMatch: Bool)] = []
    var previous = range.lowerBound
    var i = range.lowerBound
    let last = range.upperBound - pattern.count
    while i <= last {
        var matched = true
        for k in pattern.indices where text[i + k] != pattern[k] {
            matched = false
            break
        }
        if matched {
            if previous < i { result.append((previous..<i, false)) }
            result.append((i..<(i + pattern.count), true))
            i += pattern.count
            previous = i
        } else {
            i += 1
        }
    }
    if previous < range.upperBound { result.append((previous..<range.upperBound, false)) }
    return result
}
