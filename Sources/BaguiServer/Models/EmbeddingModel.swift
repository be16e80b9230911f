/// A served model that also answers OpenAI-style `POST /v1/embeddings`.
public protocol EmbeddingModel: ServedModel {
    /// Width of one embedding.
    var dimension: Int { get }
    /// Embeds texts or token-id sequences, in input order, enforcing the server's input limits
    /// (``ServerError/badRequest(_:)`` for too many inputs, too many tokens, empty input, ids outside
    /// the vocabulary).
    func embed(_ input: EmbeddingInput) async throws -> EmbeddingOutput
}

/// What `/v1/embeddings` (or a v2 `text` tensor) asks to embed.
public enum EmbeddingInput: Sendable, Equatable {
    case texts([String])
    /// Token ids with special tokens already added, one array per input.
    case tokenIds([[Int]])

    /// The number of inputs.
    public var count: Int {
        switch self {
        case .texts(let texts): texts.count
        case .tokenIds(let ids): ids.count
        }
    }
}

/// Embeddings in input order, and the number of tokens read (OpenAI `usage.prompt_tokens`).
public struct EmbeddingOutput: Sendable {
    public var vectors: [[Float]]
    public var promptTokens: Int

    public init(vectors: [[Float]], promptTokens: Int) {
        self.vectors = vectors
        self.promptTokens = promptTokens
    }
}
