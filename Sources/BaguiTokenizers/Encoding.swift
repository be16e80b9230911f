/// The result of encoding one text (or a pair): ids ready for a model, plus their token texts.
///
/// ```swift
/// let encoding = try tokenizer.encode("Hello, world!")
/// encoding.ids            // [101, 7592, 1010, 2088, 999, 102] with all-MiniLM-L6-v2
/// ```
public struct Encoding: Sendable, Equatable {
    /// Vocabulary ids, one per token.
    public var ids: [Int]
    /// Token texts as the Python `tokenizers` library reports them (e.g. `"##ing"`, `"Ġworld"`).
    public var tokens: [String]
    /// Segment ids: 0 for the first sequence, usually 1 for the second of a pair.
    public var typeIds: [Int]
    /// 1 for real tokens, 0 for padding.
    public var attentionMask: [Int]
    /// UTF-8 byte offsets of each token in the input; not implemented, always nil.
    public var offsets: [Range<Int>]?

    /// Creates an encoding; `attentionMask` defaults to all ones.
    public init(ids: [Int], tokens: [String], typeIds: [Int], attentionMask: [Int]? = nil, offsets: [Range<Int>]? = nil) {
        self.ids = ids
        self.tokens = tokens
        self.typeIds = typeIds
        self.attentionMask = attentionMask ?? Array(repeating: 1, count: ids.count)
        self.offsets = offsets
    }

    /// The number of tokens.
    public var count: Int { ids.count }

    /// Keeps `maxLength` tokens from the start (`.right`) or the end (`.left`) (`Encoding::truncate`).
    mutating func truncate(to maxLength: Int, direction: Truncation.Direction) {
        guard ids.count > maxLength else { return }
        let keep: Range<Int> = direction == .right ? 0..<maxLength : (ids.count - maxLength)..<ids.count
        ids = Array(ids[keep])
        tokens = Array(tokens[keep])
        typeIds = Array(typeIds[keep])
        attentionMask = Array(attentionMask[keep])
    }

    /// Concatenates encodings (`Encoding::merge`).
    static func merge(_ parts: [Encoding]) -> Encoding {
        var merged = Encoding(ids: [], tokens: [], typeIds: [], attentionMask: [])
        for part in parts {
            merged.ids += part.ids
            merged.tokens += part.tokens
            merged.typeIds += part.typeIds
            merged.attentionMask += part.attentionMask
        }
        return merged
    }
}
