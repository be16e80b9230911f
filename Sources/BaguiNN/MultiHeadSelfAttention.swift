import BaguiTensor

/// Scaled dot-product self-attention with several heads (Vaswani et al., 2017, §3.2), over a
/// ``PackedBatch``: `softmax(Q·Kᵀ/√d)·V` per sequence and head, Q, K and V from one fused GEMM.
public struct MultiHeadSelfAttention: Sendable {
    /// Q, K and V projections stacked into one layer, `hidden → 3·hidden`, so the three run as one GEMM.
    public let qkv: Linear
    /// Number of heads; `hidden` is divisible by it.
    public let heads: Int

    /// Model width.
    public var hidden: Int { qkv.inFeatures }
    /// Width of one head.
    public var headSize: Int { hidden / heads }

    /// Attention over an already fused `[hidden, 3·hidden]` projection.
    public init(qkv: Linear, heads: Int) {
        precondition(qkv.outFeatures == 3 * qkv.inFeatures, "attention: fused projection must be hidden → 3·hidden")
        self.qkv = qkv
        self.heads = heads
    }

    /// Attends within each sequence of `batch`.
    /// - Parameters:
    ///   - x: `[tokens, hidden]`, the layer input.
    ///   - context: `[tokens, hidden]`, receives the heads' outputs side by side (before the output projection).
    public func callAsFunction(
        _ x: UnsafePointer<Float>, batch: PackedBatch, workspace: Workspace, into context: UnsafeMutablePointer<Float>
    ) {
        let tokens = batch.totalTokens, hidden = self.hidden, d = headSize
        let qkvStride = 3 * hidden
        let projected = workspace.buffer("attention.qkv", count: tokens * qkvStride)  // [tokens, 3·hidden]: Q | K | V
        qkv(x, rows: tokens, into: projected)

        let maxLength = batch.maxLength
        let scores = workspace.buffer("attention.scores", count: maxLength * maxLength)  // [L, L]
        let scale = 1 / Float(d).squareRoot()
        for (offset, length) in zip(batch.offsets, batch.lengths) {
            let rows = projected + offset * qkvStride
            for h in 0..<heads {
                let q = rows + h * d, k = rows + hidden + h * d, v = rows + 2 * hidden + h * d
                // scores[L, L] = Q_h · K_hᵀ / √d
                Gemm.multiply(m: length, n: length, k: d, a: q, lda: qkvStride, b: k, ldb: qkvStride, transposeB: true,
                              c: scores, ldc: length, alpha: scale)
                softmaxRows(scores, rows: length, width: length, stride: length)
                // context_h[L, d] = P · V_h
                Gemm.multiply(m: length, n: d, k: length, a: scores, lda: length, b: v, ldb: qkvStride, transposeB: false,
                              c: context + offset * hidden + h * d, ldc: hidden)
            }
        }
    }
}
