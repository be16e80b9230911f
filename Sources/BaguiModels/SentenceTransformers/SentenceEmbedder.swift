import BaguiNN
import BaguiTensor
import BaguiTokenizers
import Foundation

/// Turns texts into sentence embeddings with a BERT-family sentence-transformers model, exactly as
/// `SentenceTransformer.encode` does (tokenize and truncate, encode, pool, optionally normalise).
///
/// ```swift
/// let embedder = try SentenceEmbedder(directory: URL(fileURLWithPath: "all-MiniLM-L6-v2"))
/// let vectors = try embedder.embed(["Sugarcane smut spreads by wind."])   // [[Float]], 384 each
/// ```
///
/// Texts are batched without padding (``PackedBatch``), so a text's embedding does not depend on
/// what it is batched with. Safe to call from several threads at once.
public final class SentenceEmbedder: Sendable {
    /// The model folder.
    public let directory: URL
    /// The tokenizer, truncating at ``maxSequenceLength``.
    public let tokenizer: Tokenizer
    /// The encoder.
    public let encoder: BertModel
    /// Pooling and normalisation.
    public let layout: SentenceTransformerLayout
    /// Longest token sequence embedded; longer texts are truncated, as sentence-transformers does.
    public let maxSequenceLength: Int
    private let workspaces = WorkspacePool()

    /// Width of an embedding.
    public var dimension: Int { encoder.config.hiddenSize }

    /// Loads and validates the model in `directory`: `config.json`, `tokenizer.json`, the weights and
    /// the sentence-transformers files. Every tensor in the checkpoint must be used or known.
    public init(directory: URL) throws {
        self.directory = directory
        let config: BertConfig = try ModelDirectory.readConfig(directory, expecting: "bert")
        layout = try SentenceTransformerLayout(directory: directory)
        let tokenizerURL = directory.appendingPathComponent("tokenizer.json")
        guard FileManager.default.fileExists(atPath: tokenizerURL.path) else { throw ModelError.missingFile("tokenizer.json") }
        // The tokenizer parses (and BLAS loads) while the weights load: independent work, two cores.
        let (fileTokenizer, encoder) = try ConcurrentLoad.both({
            _ = BLAS.shared
            return try Tokenizer(contentsOf: tokenizerURL)
        }, {
            let store = try WeightStore(directory: directory.path)
            let root = ModelDirectory.bertRoot(in: store)
            let encoder = try BertModel(root, config: config)
            try ModelDirectory.checkAllWeightsUsed(store, ignoring: ModelDirectory.bertBuffers(under: root))
            return encoder
        })
        self.encoder = encoder
        maxSequenceLength = min(layout.maxSequenceLength ?? fileTokenizer.truncation?.maxLength ?? config.maxPositionEmbeddings, config.maxPositionEmbeddings)
        tokenizer = fileTokenizer.withTruncation(maxLength: maxSequenceLength)
        guard tokenizer.vocabularySize <= config.vocabSize else {
            throw ModelError.invalidConfig("tokenizer.json has \(tokenizer.vocabularySize) tokens but the model only \(config.vocabSize)")
        }
    }

    /// Embeds `texts`, in order. Texts are sorted by length into batches of `batchSize` so that
    /// each GEMM has many rows; the result is independent of `batchSize`.
    public func embed(_ texts: [String], batchSize: Int = 32) throws -> [[Float]] {
        let encodings = try texts.map { try tokenizer.encode($0) }
        return try embed(encodings: encodings.map { ($0.ids, $0.typeIds) }, batchSize: batchSize)
    }

    /// Embeds token-id sequences (with special tokens already added), in order.
    public func embed(tokenIds: [[Int]], batchSize: Int = 32) throws -> [[Float]] {
        try embed(encodings: tokenIds.map { ($0, [Int](repeating: 0, count: $0.count)) }, batchSize: batchSize)
    }

    private func embed(encodings: [(ids: [Int], typeIds: [Int])], batchSize: Int) throws -> [[Float]] {
        guard batchSize > 0 else { throw ModelError.invalidInput("batch size must be at least 1") }
        for (i, encoding) in encodings.enumerated() {
            guard !encoding.ids.isEmpty else { throw ModelError.invalidInput("input \(i) has no tokens") }
            guard encoding.ids.count <= maxSequenceLength else {
                throw ModelError.invalidInput("input \(i) has \(encoding.ids.count) tokens; the model reads at most \(maxSequenceLength)")
            }
        }
        // Longest first: batches of similar length, and the largest workspace is sized once.
        let order = encodings.indices.sorted { encodings[$0].ids.count > encodings[$1].ids.count }
        var results = [[Float]](repeating: [], count: encodings.count)
        for start in stride(from: 0, to: order.count, by: batchSize) {
            let members = Array(order[start..<min(start + batchSize, order.count)])
            let vectors = try embedPacked(members.map { encodings[$0] })
            for (member, vector) in zip(members, vectors) { results[member] = vector }
        }
        return results
    }

    /// One forward pass over a packed batch.
    private func embedPacked(_ batchEncodings: [(ids: [Int], typeIds: [Int])]) throws -> [[Float]] {
        let batch = PackedBatch(lengths: batchEncodings.map(\.ids.count))
        var ids: [Int32] = [], typeIds: [Int32] = []
        ids.reserveCapacity(batch.totalTokens)
        typeIds.reserveCapacity(batch.totalTokens)
        for encoding in batchEncodings {
            for id in encoding.ids { ids.append(Int32(clamping: id)) }
            for type in encoding.typeIds { typeIds.append(Int32(clamping: type)) }
        }
        let hidden = dimension
        return try workspaces.withWorkspace { workspace in
            let x = workspace.buffer("embedder.x", count: batch.totalTokens * hidden)  // [tokens, hidden]
            try encoder(ids: ids, typeIds: typeIds, batch: batch, workspace: workspace, into: x)
            return zip(batch.offsets, batch.lengths).map { offset, length in
                [Float](unsafeUninitializedCapacity: hidden) { vector, count in
                    guard let out = vector.baseAddress else { return }
                    layout.pooling.pool(x + offset * hidden, tokens: length, width: hidden, into: out)
                    if layout.normalize { l2Normalize(out, count: hidden) }
                    count = hidden
                }
            }
        }
    }
}
