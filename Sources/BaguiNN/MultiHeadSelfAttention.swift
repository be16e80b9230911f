import BaguiTensor
import Dispatch

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
        let scale = 1 / Float(d).squareRoot()
        let pairs = batch.lengths.count * heads
        // Every (sequence, head) pair is independent. When each pair's products run on the calling thread
        // (Gemm's direct kernel, never OpenBLAS, whose own threads would fight ours) and there is enough
        // work, the pairs are split over the BLAS thread budget: at batch 32 the per-head products and
        // softmax are otherwise single-threaded while the second core waits for the next big GEMM.
        let total = batch.lengths.reduce(0) { $0 + $1 * $1 } * heads  // Σ L² over the pairs
        let parts = Gemm.runsOnCallingThread(m: maxLength, n: maxLength, k: d) && total * 2 * d >= Self.parallelWork
            ? min(max(BLAS.shared.info.threads, 1), pairs) : 1
        let scores = workspace.buffer("attention.scores", count: parts * maxLength * maxLength)  // parts × [L, L]
        let operands = Operands(projected: projected, context: context, scores: scores)
        let offsets = batch.offsets, lengths = batch.lengths, heads = self.heads
        let attendPair: @Sendable (Int, UnsafeMutablePointer<Float>) -> Void = { pair, scores in
            let sequence = pair / heads, h = pair % heads
            let offset = offsets[sequence], length = lengths[sequence]
            let rows = operands.projected + offset * qkvStride
            let q = rows + h * d, k = rows + hidden + h * d, v = rows + 2 * hidden + h * d
            // scores[L, L] = Q_h · K_hᵀ / √d
            Gemm.multiply(m: length, n: length, k: d, a: q, lda: qkvStride, b: k, ldb: qkvStride, transposeB: true,
                          c: scores, ldc: length, alpha: scale)
            softmaxRows(scores, rows: length, width: length, stride: length)
            // context_h[L, d] = P · V_h
            Gemm.multiply(m: length, n: d, k: length, a: scores, lda: length, b: v, ldb: qkvStride, transposeB: false,
                          c: operands.context + offset * hidden + h * d, ldc: hidden)
        }
        if parts == 1 {
            for pair in 0..<pairs { attendPair(pair, scores) }
            return
        }
        // Contiguous ranges of pairs with about equal work (a pair costs about L²).
        var bounds = [0]
        var cumulative = 0
        for pair in 0..<pairs {
            cumulative += lengths[pair / heads] * lengths[pair / heads]
            if bounds.count < parts, cumulative * parts >= total * bounds.count { bounds.append(pair + 1) }
        }
        while bounds.count <= parts { bounds.append(pairs) }
        let ranges = bounds
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            let own = operands.scores + part * maxLength * maxLength
            for pair in ranges[part]..<ranges[part + 1] { attendPair(pair, own) }
        }
    }

    /// Below this many multiply-adds over all pairs the pairs stay on one thread. Chosen, not tuned: it keeps
    /// one MiniLM sentence (15 tokens, about 170k) serial and sends batch 32 to both cores.
    static let parallelWork = 1 << 19

    /// Buffers shared by the threads; each pair writes only its own head's columns of its own rows.
    private struct Operands: @unchecked Sendable {
        let projected: UnsafeMutablePointer<Float>, context: UnsafeMutablePointer<Float>, scores: UnsafeMutablePointer<Float>
    }
}
