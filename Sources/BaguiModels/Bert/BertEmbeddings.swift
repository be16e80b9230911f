import BaguiNN
import BaguiTensor

/// BERT's input layer (transformers `BertEmbeddings`): word + absolute position + token-type
/// embeddings, summed, then LayerNorm. Dropout is an identity at inference.
public struct BertEmbeddings: Sendable {
    /// `[vocab, hidden]`; nil for encoders fed vectors (`inputs_embeds`), such as the series encoder.
    public let word: Tensor?
    /// `[maxPositions, hidden]`
    public let position: Tensor
    /// `[typeVocab, hidden]`
    public let tokenType: Tensor
    /// Normalises the sum.
    public let norm: LayerNorm

    /// Loads `word_embeddings` (when `withWordEmbeddings`), `position_embeddings`,
    /// `token_type_embeddings` and `LayerNorm` from `scope` (`…embeddings`).
    public init(_ scope: WeightScope, config: BertConfig, withWordEmbeddings: Bool = true) throws {
        let hidden = config.hiddenSize
        word = withWordEmbeddings ? try scope.tensor("word_embeddings.weight", shape: [config.vocabSize, hidden]) : nil
        position = try scope.tensor("position_embeddings.weight", shape: [config.maxPositionEmbeddings, hidden])
        tokenType = try scope.tensor("token_type_embeddings.weight", shape: [config.typeVocabSize, hidden])
        norm = try LayerNorm(scope.scope("LayerNorm"), width: hidden, eps: config.layerNormEps)
    }

    /// Embeds token ids. `ids` and `typeIds` are packed like `batch` (`[tokens]`); ids were checked
    /// against the vocabulary and lengths against `maxPositions` by the caller.
    /// - Parameter x: receives `[tokens, hidden]`.
    public func callAsFunction(ids: [Int32], typeIds: [Int32], batch: PackedBatch, into x: UnsafeMutablePointer<Float>) {
        guard let word else { preconditionFailure("BertEmbeddings: this encoder takes vectors, not token ids") }
        let hidden = position.shape[1]
        for (offset, length) in zip(batch.offsets, batch.lengths) {
            for t in 0..<length {
                let row = x + (offset + t) * hidden
                let w = word.pointer + Int(ids[offset + t]) * hidden
                let p = position.pointer + t * hidden
                let s = tokenType.pointer + Int(typeIds[offset + t]) * hidden
                for j in 0..<hidden { row[j] = w[j] + p[j] + s[j] }
            }
        }
        norm(x, rows: batch.totalTokens)
    }

    /// Embeds vectors already in model space (`inputs_embeds`), with token type 0.
    /// - Parameter x: `[tokens, hidden]`, the input vectors, updated in place.
    public func callAsFunction(inputEmbeddings x: UnsafeMutablePointer<Float>, batch: PackedBatch) {
        let hidden = position.shape[1]
        for (offset, length) in zip(batch.offsets, batch.lengths) {
            for t in 0..<length {
                let row = x + (offset + t) * hidden
                let p = position.pointer + t * hidden, s = tokenType.pointer
                for j in 0..<hidden { row[j] += p[j] + s[j] }
            }
        }
        norm(x, rows: batch.totalTokens)
    }
}
