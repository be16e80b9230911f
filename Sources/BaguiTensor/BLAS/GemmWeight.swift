/// A layer's weight prepared once, at load, for every way ``Gemm`` multiplies by it.
///
/// - ``rows``: `[out, in]` as `nn.Linear` stores it (a zero-copy view of the checkpoint when the
///   layer is one `nn.Linear`), for OpenBLAS when the input has many rows: its per-call packing then pays.
/// - `packed`: 16-column panels for Bagui's kernel when the input has few rows (AVX2 + FMA CPUs).
/// - `transposed`: `[in, out]` on CPUs without that kernel, because OpenBLAS packs contiguous rows of
///   a `[in, out]` operand several times faster than it gathers the transpose (5× at one row).
public struct GemmWeight: Sendable {
    /// `[outFeatures, inFeatures]`.
    public let rows: Tensor
    /// Panel-packed copy for ``PackedGemm``, or nil where that kernel is unavailable.
    let packed: Tensor?
    /// `[inFeatures, outFeatures]` copy where ``PackedGemm`` is unavailable, else nil.
    let transposed: Tensor?

    /// Output width.
    public var outFeatures: Int { rows.shape[0] }
    /// Input width.
    public var inFeatures: Int { rows.shape[1] }

    /// Several `nn.Linear` weights `[outᵢ, in]` over the same input, side by side: output columns
    /// `[0, out₀)` are the first weight's, and so on (Q, K and V as one product).
    public init(stacking weights: [Tensor]) {
        precondition(!weights.isEmpty && weights.allSatisfy { $0.shape.count == 2 }, "GemmWeight: 2-D weights")
        let inputs = weights[0].shape[1]
        precondition(weights.allSatisfy { $0.shape[1] == inputs }, "GemmWeight: stacked weights differ in input width")
        let outputs = weights.reduce(0) { $0 + $1.shape[0] }
        if weights.count == 1 {
            rows = weights[0]
        } else {
            rows = Tensor(shape: [outputs, inputs], storage: TensorStorage(floatCount: outputs * inputs) { out in
                var offset = 0
                for weight in weights {
                    (out + offset).update(from: weight.pointer, count: weight.count)
                    offset += weight.count
                }
            })
        }
        let rowPointers = (0..<outputs).map { [rows] in rows.pointer + $0 * inputs }
        if PackedGemm.isAvailable {
            let count = PackedGemm.packedCount(n: outputs, k: inputs)
            packed = Tensor(shape: [count], storage: TensorStorage(floatCount: count) { PackedGemm.pack(rows: rowPointers, k: inputs, into: $0) })
            transposed = nil
        } else {
            packed = nil
            transposed = Tensor(shape: [inputs, outputs], storage: TensorStorage(floatCount: inputs * outputs) { out in
                // Blocked transpose: 32×32 tiles keep both the reads and the strided writes in cache.
                let tile = 32
                for o0 in stride(from: 0, to: outputs, by: tile) {
                    for i0 in stride(from: 0, to: inputs, by: tile) {
                        for o in o0..<min(o0 + tile, outputs) {
                            let source = rowPointers[o]
                            for i in i0..<min(i0 + tile, inputs) { out[i * outputs + o] = source[i] }
                        }
                    }
                }
            })
        }
    }
}
