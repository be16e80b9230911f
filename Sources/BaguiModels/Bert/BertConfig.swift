import BaguiJSON
import BaguiNN
import Foundation

/// The fields of a Hugging Face `BertConfig` (`config.json`, `model_type: bert`) that inference uses.
/// Names mirror the file, camel-cased; defaults are the ones `transformers` applies.
public struct BertConfig: Decodable, Sendable, Equatable {
    /// `vocab_size`: rows of the word-embedding table.
    public var vocabSize: Int
    /// `hidden_size`: model width.
    public var hiddenSize: Int
    /// `num_hidden_layers`
    public var numHiddenLayers: Int
    /// `num_attention_heads`
    public var numAttentionHeads: Int
    /// `intermediate_size`: width of the feed-forward layer.
    public var intermediateSize: Int
    /// `hidden_act`: `gelu`, `gelu_new`, `gelu_pytorch_tanh` or `relu`.
    public var hiddenAct: String
    /// `max_position_embeddings`
    public var maxPositionEmbeddings: Int
    /// `type_vocab_size`
    public var typeVocabSize: Int
    /// `layer_norm_eps`
    public var layerNormEps: Float
    /// `position_embedding_type`; only `absolute` is supported.
    public var positionEmbeddingType: String

    enum CodingKeys: String, CodingKey {
        case vocabSize, hiddenSize, numHiddenLayers, numAttentionHeads, intermediateSize, hiddenAct
        case maxPositionEmbeddings, typeVocabSize, layerNormEps, positionEmbeddingType
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        vocabSize = try c.decodeIfPresent(Int.self, forKey: .vocabSize) ?? 30522
        hiddenSize = try c.decodeIfPresent(Int.self, forKey: .hiddenSize) ?? 768
        numHiddenLayers = try c.decodeIfPresent(Int.self, forKey: .numHiddenLayers) ?? 12
        numAttentionHeads = try c.decodeIfPresent(Int.self, forKey: .numAttentionHeads) ?? 12
        intermediateSize = try c.decodeIfPresent(Int.self, forKey: .intermediateSize) ?? 3072
        hiddenAct = try c.decodeIfPresent(String.self, forKey: .hiddenAct) ?? "gelu"
        maxPositionEmbeddings = try c.decodeIfPresent(Int.self, forKey: .maxPositionEmbeddings) ?? 512
        typeVocabSize = try c.decodeIfPresent(Int.self, forKey: .typeVocabSize) ?? 2
        layerNormEps = try c.decodeIfPresent(Float.self, forKey: .layerNormEps) ?? 1e-12
        positionEmbeddingType = try c.decodeIfPresent(String.self, forKey: .positionEmbeddingType) ?? "absolute"
    }

    /// The activation named by `hidden_act`.
    public var activation: Activation {
        get throws(ModelError) {
            guard let activation = Activation(rawValue: hiddenAct) else {
                throw .invalidConfig("hidden_act \"\(hiddenAct)\" is not supported (supported: \(Activation.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            return activation
        }
    }

    /// Checks the values make a network that can be built.
    public func validate() throws(ModelError) {
        for (name, value) in [("vocab_size", vocabSize), ("hidden_size", hiddenSize), ("num_hidden_layers", numHiddenLayers),
                              ("num_attention_heads", numAttentionHeads), ("intermediate_size", intermediateSize),
                              ("max_position_embeddings", maxPositionEmbeddings), ("type_vocab_size", typeVocabSize)] {
            guard value > 0, value <= 1 << 24 else { throw .invalidConfig("\(name) must be a positive integer below 2^24, not \(value)") }
        }
        guard hiddenSize % numAttentionHeads == 0 else {
            throw .invalidConfig("hidden_size \(hiddenSize) is not divisible by num_attention_heads \(numAttentionHeads)")
        }
        guard positionEmbeddingType == "absolute" else {
            throw .invalidConfig("position_embedding_type \"\(positionEmbeddingType)\" is not supported (only \"absolute\")")
        }
        guard layerNormEps.isFinite, layerNormEps > 0 else { throw .invalidConfig("layer_norm_eps must be a positive number") }
        _ = try activation
    }
}
