import BaguiNN
import BaguiTensor

/// One post-LayerNorm transformer encoder layer (transformers `BertLayer`):
///
///     h = LayerNorm(x + Wo·Attention(x))
///     y = LayerNorm(h + W2·act(W1·h))
public struct BertLayer: Sendable {
    /// Self-attention with Q, K, V fused.
    public let attention: MultiHeadSelfAttention
    /// `attention.output.dense`: `[hidden, hidden]`
    public let attentionOutput: Linear
    /// `attention.output.LayerNorm`
    public let attentionNorm: LayerNorm
    /// `intermediate.dense`: `[intermediate, hidden]`
    public let intermediate: Linear
    /// `output.dense`: `[hidden, intermediate]`
    public let output: Linear
    /// `output.LayerNorm`
    public let outputNorm: LayerNorm
    /// The feed-forward nonlinearity.
    public let activation: Activation

    /// Loads layer `encoder.layer.{i}` from its scope.
    public init(_ scope: WeightScope, config: BertConfig) throws {
        let hidden = config.hiddenSize, inner = config.intermediateSize
        let selfScope = scope.scope("attention.self")
        let qkv = try Linear(stacking: ["query", "key", "value"].map(selfScope.scope), in: hidden, out: [hidden, hidden, hidden])
        attention = MultiHeadSelfAttention(qkv: qkv, heads: config.numAttentionHeads)
        attentionOutput = try Linear(scope.scope("attention.output.dense"), in: hidden, out: hidden)
        attentionNorm = try LayerNorm(scope.scope("attention.output.LayerNorm"), width: hidden, eps: config.layerNormEps)
        intermediate = try Linear(scope.scope("intermediate.dense"), in: hidden, out: inner)
        output = try Linear(scope.scope("output.dense"), in: inner, out: hidden)
        outputNorm = try LayerNorm(scope.scope("output.LayerNorm"), width: hidden, eps: config.layerNormEps)
        activation = try config.activation
    }

    /// Runs the layer on `x` (`[tokens, hidden]`) in place.
    public func callAsFunction(_ x: UnsafeMutablePointer<Float>, batch: PackedBatch, workspace: Workspace) {
        let tokens = batch.totalTokens, hidden = attentionOutput.outFeatures, inner = intermediate.outFeatures
        let context = workspace.buffer("layer.context", count: tokens * hidden)  // [tokens, hidden]
        let h = workspace.buffer("layer.h", count: tokens * hidden)              // [tokens, hidden]
        let ffn = workspace.buffer("layer.ffn", count: tokens * inner)           // [tokens, intermediate]

        attention(x, batch: batch, workspace: workspace, into: context)
        attentionOutput(context, rows: tokens, adding: x, into: h)               // x + Wo·attn
        attentionNorm(h, rows: tokens)
        intermediate(h, rows: tokens, into: ffn)                                 // W1·h
        activation.apply(ffn, count: tokens * inner)
        output(ffn, rows: tokens, adding: h, into: x)                            // h + W2·act(W1·h)
        outputNorm(x, rows: tokens)
    }
}
