import BaguiNN
import BaguiTensor

/// A BERT encoder (Devlin et al., 2019; transformers `BertModel` without the pooler): embeddings,
/// then `numHiddenLayers` post-LN transformer layers. Immutable after load; share it freely.
public final class BertModel: Sendable {
    /// The blueprint.
    public let config: BertConfig
    /// The input layer.
    public let embeddings: BertEmbeddings
    /// `encoder.layer.{i}`
    public let layers: [BertLayer]

    /// Loads `embeddings.*` and `encoder.layer.{i}.*` from `scope` (the model root, or `bert` in a
    /// checkpoint that prefixes it). `withWordEmbeddings: false` builds an encoder fed vectors.
    public init(_ scope: WeightScope, config: BertConfig, withWordEmbeddings: Bool = true) throws {
        try config.validate()
        self.config = config
        embeddings = try BertEmbeddings(scope.scope("embeddings"), config: config, withWordEmbeddings: withWordEmbeddings)
        // Layers load side by side: each transposes its own weights (most of a cold start).
        layers = try ConcurrentLoad.map(config.numHiddenLayers) { try BertLayer(scope.scope("encoder.layer.\($0)"), config: config) }
    }

    /// The final hidden states of token sequences.
    /// - Parameters:
    ///   - ids: packed token ids (`[tokens]`), each below `vocabSize`.
    ///   - typeIds: packed token-type ids (`[tokens]`), each below `typeVocabSize`.
    ///   - x: receives `[tokens, hidden]`.
    public func callAsFunction(
        ids: [Int32], typeIds: [Int32], batch: PackedBatch, workspace: Workspace, into x: UnsafeMutablePointer<Float>
    ) throws(ModelError) {
        try check(batch)
        guard ids.count == batch.totalTokens, typeIds.count == batch.totalTokens else {
            throw .invalidInput("\(ids.count) token ids and \(typeIds.count) type ids for \(batch.totalTokens) tokens")
        }
        if let bad = ids.first(where: { $0 < 0 || Int($0) >= config.vocabSize }) {
            throw .invalidInput("token id \(bad) is outside the vocabulary of \(config.vocabSize)")
        }
        if let bad = typeIds.first(where: { $0 < 0 || Int($0) >= config.typeVocabSize }) {
            throw .invalidInput("token type id \(bad) is outside 0..<\(config.typeVocabSize)")
        }
        embeddings(ids: ids, typeIds: typeIds, batch: batch, into: x)
        for layer in layers { layer(x, batch: batch, workspace: workspace) }
    }

    /// The final hidden states of vector sequences (`inputs_embeds`).
    /// - Parameter x: `[tokens, hidden]`, the input vectors; replaced by the hidden states.
    public func callAsFunction(inputEmbeddings x: UnsafeMutablePointer<Float>, batch: PackedBatch, workspace: Workspace) throws(ModelError) {
        try check(batch)
        embeddings(inputEmbeddings: x, batch: batch)
        for layer in layers { layer(x, batch: batch, workspace: workspace) }
    }

    private func check(_ batch: PackedBatch) throws(ModelError) {
        if let long = batch.lengths.first(where: { $0 > config.maxPositionEmbeddings }) {
            throw .invalidInput("a sequence of \(long) tokens exceeds the model's \(config.maxPositionEmbeddings) positions")
        }
    }
}
