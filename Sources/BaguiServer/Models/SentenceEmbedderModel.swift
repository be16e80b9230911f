import Bagui
import Foundation

/// Serves a ``SentenceEmbedder`` both as an OIP v2 model (input BYTES `text` `[N]`, output FP32
/// `embedding` `[N, D]`) and for `/v1/embeddings`. Texts are tokenized on the request's task; forward
/// passes run on the ``WorkerPool`` through an ``EmbeddingBatcher``.
public final class SentenceEmbedderModel: EmbeddingModel {
    public let name: String
    public let version: String
    public let platform = "bagui_sentence_transformers"
    public let inputs: [TensorMetadata]
    public let outputs: [TensorMetadata]
    public var isReady: Bool { true }
    public var dimension: Int { embedder.dimension }

    /// Valid token ids are `0..<vocabularySize`: the rows of the embedding table.
    public let vocabularySize: Int
    /// The most tokens one input may have.
    public let tokenLimit: Int

    private let embedder: SentenceEmbedder
    private let limits: InputLimits
    /// Tokenizes without truncation, to count the tokens of a text that is too long.
    private let countingTokenizer: Tokenizer
    /// Truncates at ``tokenLimit`` (used with ``InputLimits/autoTruncate``).
    private let truncatingTokenizer: Tokenizer
    private let batcher: EmbeddingBatcher

    /// - Parameters:
    ///   - name: the served name; defaults to the model folder's name (e.g. `all-MiniLM-L6-v2`).
    ///   - onBatch: told each forward pass's size in inputs and requests (metrics).
    public init(
        embedder: SentenceEmbedder, name: String? = nil, version: String = "1",
        pool: WorkerPool, batching: BatchingOptions, limits: InputLimits,
        onBatch: @escaping @Sendable (_ inputs: Int, _ requests: Int) -> Void = { _, _ in }
    ) {
        self.embedder = embedder
        self.name = name ?? embedder.directory.lastPathComponent
        self.version = version
        self.limits = limits
        inputs = [TensorMetadata(name: "text", datatype: .bytes, shape: [-1])]
        outputs = [TensorMetadata(name: "embedding", datatype: .fp32, shape: [-1, embedder.dimension])]
        vocabularySize = embedder.encoder.config.vocabSize
        tokenLimit = min(limits.maxTokensPerInput ?? embedder.maxSequenceLength, embedder.maxSequenceLength)
        countingTokenizer = embedder.tokenizer.withTruncation(maxLength: 1 << 40)
        truncatingTokenizer = embedder.tokenizer.withTruncation(maxLength: tokenLimit)
        let forwardBatch = max(1, batching.maxBatchSize)
        batcher = EmbeddingBatcher(
            pool: pool, options: batching,
            forward: { [embedder] ids in try embedder.embed(tokenIds: ids, batchSize: forwardBatch) },
            onBatch: onBatch)
    }

    // MARK: - Embeddings

    public func embed(_ input: EmbeddingInput) async throws -> EmbeddingOutput {
        guard input.count > 0 else { throw ServerError.badRequest("\"input\" is empty") }
        guard input.count <= limits.maxInputs else {
            throw ServerError.badRequest("\(input.count) inputs; at most \(limits.maxInputs) are allowed per request")
        }
        let ids: [[Int]]
        switch input {
        case .texts(let texts): ids = try texts.enumerated().map { try tokenize($1, index: $0) }
        case .tokenIds(let sequences):
            for (index, sequence) in sequences.enumerated() { try check(sequence, index: index) }
            ids = sequences
        }
        let vectors: [[Float]]
        do {
            vectors = try await batcher.embed(ids)
        } catch let error as ModelError {
            guard case .invalidInput(let reason) = error else { throw error }
            throw ServerError.badRequest(reason)
        }
        return EmbeddingOutput(vectors: vectors, promptTokens: ids.reduce(0) { $0 + $1.count })
    }

    private func tokenize(_ text: String, index: Int) throws -> [Int] {
        guard !text.isEmpty else { throw ServerError.badRequest("input \(index) is an empty string") }
        let ids: [Int]
        do {
            ids = try (limits.autoTruncate ? truncatingTokenizer : countingTokenizer).encode(text).ids
        } catch {
            throw ServerError.badRequest("input \(index) could not be tokenized")
        }
        if limits.autoTruncate { return ids }
        guard ids.count <= tokenLimit else {
            throw ServerError.badRequest("input \(index) has \(ids.count) tokens; at most \(tokenLimit) are allowed")
        }
        return ids
    }

    /// Token ids from a client are checked against the vocabulary before they index anything (B3).
    private func check(_ sequence: [Int], index: Int) throws {
        guard !sequence.isEmpty else { throw ServerError.badRequest("input \(index) has no tokens") }
        guard sequence.count <= tokenLimit else {
            throw ServerError.badRequest("input \(index) has \(sequence.count) tokens; at most \(tokenLimit) are allowed")
        }
        if let bad = sequence.first(where: { $0 < 0 || $0 >= vocabularySize }) {
            throw ServerError.badRequest("input \(index) has token id \(bad), outside the vocabulary 0..<\(vocabularySize)")
        }
    }

    // MARK: - Open Inference Protocol

    public func infer(_ request: InferenceRequest) async throws -> InferenceResponse {
        guard let text = request.input(named: "text"), case .bytes(let texts) = text.data else {
            throw ServerError.badRequest("input \"text\" must be a BYTES tensor")
        }
        let output = try await embed(.texts(texts))
        var flat: [Float] = []
        flat.reserveCapacity(output.vectors.count * dimension)
        for vector in output.vectors { flat.append(contentsOf: vector) }
        let tensor = InferenceTensor(name: "embedding", datatype: .fp32, shape: [output.vectors.count, dimension], data: .fp32(flat))
        return InferenceResponse(modelName: name, modelVersion: version, id: request.id, outputs: [tensor])
    }
}
