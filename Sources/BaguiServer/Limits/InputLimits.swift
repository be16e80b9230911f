/// Per-request input limits for embedding models (trust matrix C5).
public struct InputLimits: Sendable, Equatable {
    /// Most inputs (texts or token-id arrays) in one request; OpenAI's limit is 2048.
    public var maxInputs: Int
    /// Most tokens in one input, special tokens included; nil means the model's maximum sequence
    /// length. Never more than the model can read.
    public var maxTokensPerInput: Int?
    /// Truncate texts longer than the token limit instead of refusing them with 400, as
    /// sentence-transformers does by default. Token-id inputs are never truncated.
    public var autoTruncate: Bool

    public init(maxInputs: Int = 2048, maxTokensPerInput: Int? = nil, autoTruncate: Bool = false) {
        self.maxInputs = maxInputs
        self.maxTokensPerInput = maxTokensPerInput
        self.autoTruncate = autoTruncate
    }
}
