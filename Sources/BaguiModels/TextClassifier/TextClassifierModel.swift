import BaguiNN
import BaguiTensor
import BaguiTokenizers
import Foundation

/// A text classifier (`bagui-text-classifier`, Models/README.md): a BERT encoder over a tokenizer's
/// ids, mean pooling over the text's tokens, and one Linear layer giving a logit per label; with a
/// config.json `"ngram"` section, the logits of a ``HashedNGramBag`` over the text are added.
public final class TextClassifierModel: LoadedNetwork {
    /// The `model_type` of this architecture.
    public static let modelType = "bagui-text-classifier"
    /// `bagui-text-classifier`
    public var modelType: String { Self.modelType }
    /// The encoder's blueprint.
    public let config: BertConfig
    /// The encoder.
    public let encoder: BertModel
    /// `classifier`: hidden → labels.
    public let classifier: Linear
    /// `ngram`: the hashed n-gram bag whose logits are added, or nil.
    public let ngrams: HashedNGramBag?
    private let workspaces = WorkspacePool()

    /// Number of labels (logits).
    public var labelCount: Int { classifier.outFeatures }

    /// Loads the model in `directory` from `weights`.
    public init(directory: URL, weights: WeightStore) throws {
        config = try ModelDirectory.readConfig(directory, expecting: Self.modelType)
        let json = try SentenceTransformerLayout.readJSON(directory.appendingPathComponent("config.json"))
        guard let labels = json["num_labels"]?.int, labels > 0, labels <= 1 << 16 else {
            throw ModelError.invalidConfig("num_labels must be a positive integer")
        }
        let root = weights.scope("")
        encoder = try BertModel(root.scope("bert"), config: config)
        classifier = try Linear(root.scope("classifier"), in: config.hiddenSize, out: labels)
        ngrams = try json["ngram"].map { try HashedNGramBag(root.scope("ngram"), config: .init(json: $0), labels: labels) }
        try ModelDirectory.checkAllWeightsUsed(weights, ignoring: ModelDirectory.bertBuffers(under: root.scope("bert")))
    }

    /// The logits of `texts`, given their token sequences (special tokens included): the encoder's,
    /// plus the n-gram bag's when the model has one. One array per text.
    public func logits(texts: [String], tokenIds: [[Int]]) throws(ModelError) -> [[Float]] {
        guard texts.count == tokenIds.count else { throw .invalidInput("\(texts.count) texts but \(tokenIds.count) token sequences") }
        let encoded = try logits(tokenIds: tokenIds)
        guard let ngrams else { return encoded }
        return zip(encoded, texts).map { encoded, text in zip(encoded, ngrams.logits(text)).map(+) }
    }

    /// The encoder's logits of several token sequences (special tokens included), one array per
    /// sequence, without the n-gram bag.
    public func logits(tokenIds: [[Int]]) throws(ModelError) -> [[Float]] {
        guard !tokenIds.isEmpty else { return [] }
        if tokenIds.contains(where: \.isEmpty) { throw .invalidInput("a text has no tokens") }
        let batch = PackedBatch(lengths: tokenIds.map(\.count))
        let ids = tokenIds.flatMap { $0.map { Int32(clamping: $0) } }
        let hidden = config.hiddenSize
        return try workspaces.withWorkspace { workspace throws(ModelError) in
            let x = workspace.buffer("classifier.x", count: batch.totalTokens * hidden)  // [tokens, hidden]
            try encoder(ids: ids, typeIds: [Int32](repeating: 0, count: ids.count), batch: batch, workspace: workspace, into: x)
            let pooled = workspace.buffer("classifier.pooled", count: hidden)           // [hidden]
            return zip(batch.offsets, batch.lengths).map { offset, length in
                Pooling.mean.pool(x + offset * hidden, tokens: length, width: hidden, into: pooled)
                return [Float](unsafeUninitializedCapacity: classifier.outFeatures) { out, count in
                    classifier(pooled, rows: 1, into: out.baseAddress!)
                    count = classifier.outFeatures
                }
            }
        }
    }
}
