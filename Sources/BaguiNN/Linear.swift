import BaguiTensor

/// A fully connected layer, `y = x·Wᵀ + b`, from a weight stored `[out, in]` as in `nn.Linear`.
///
/// The weight is transposed once at load to `[in, out]`, so every call is a plain `X·W` GEMM:
/// OpenBLAS repacks its B operand on every call, and packing contiguous rows is several times
/// cheaper than gathering the transpose, which dominates when X has few rows (one sentence:
/// 5× faster at one row, Benchmarks/RESULTS.md).
public struct Linear: Sendable {
    /// `[inFeatures, outFeatures]`: the transpose of the checkpoint's `[out, in]`.
    public let weightTransposed: Tensor
    /// `[outFeatures]`, or nil for a layer without bias.
    public let bias: Tensor?

    /// Input width.
    public var inFeatures: Int { weightTransposed.shape[0] }
    /// Output width.
    public var outFeatures: Int { weightTransposed.shape[1] }

    /// A layer over an `nn.Linear` weight `[out, in]` and an optional `[out]` bias.
    public init(weight: Tensor, bias: Tensor?) {
        precondition(weight.shape.count == 2, "Linear: weight must be 2-D")
        self.init(stacking: [weight], biases: [bias])
    }

    /// One layer computing several `nn.Linear`s over the same input side by side, e.g. Q, K and V:
    /// output columns `[0, out₀)` are the first layer's, and so on. Missing biases count as zero.
    public init(stacking weights: [Tensor], biases: [Tensor?]) {
        precondition(!weights.isEmpty && weights.count == biases.count, "Linear: one bias slot per weight")
        let inputs = weights[0].shape[1]
        precondition(weights.allSatisfy { $0.shape.count == 2 && $0.shape[1] == inputs }, "Linear: stacked weights differ in input width")
        for (weight, bias) in zip(weights, biases) {
            precondition(bias == nil || bias?.count == weight.shape[0], "Linear: bias size differs from the output size")
        }
        let outputs = weights.reduce(0) { $0 + $1.shape[0] }
        weightTransposed = Tensor(shape: [inputs, outputs], storage: TensorStorage(floatCount: inputs * outputs) { out in
            var column = 0
            for weight in weights {
                let rows = weight.shape[0]
                // Blocked transpose: 32×32 tiles keep both the reads and the strided writes in cache
                // (a plain loop over the [out, in] source was a quarter of a cold start).
                let tile = 32
                for o0 in stride(from: 0, to: rows, by: tile) {
                    for i0 in stride(from: 0, to: inputs, by: tile) {
                        for o in o0..<min(o0 + tile, rows) {
                            let source = weight.pointer + o * inputs
                            for i in i0..<min(i0 + tile, inputs) { out[i * outputs + column + o] = source[i] }
                        }
                    }
                }
                column += rows
            }
        })
        if biases.allSatisfy({ $0 == nil }) {
            bias = nil
        } else {
            bias = Tensor(shape: [outputs], storage: TensorStorage(floatCount: outputs) { out in
                var column = 0
                for (weight, bias) in zip(weights, biases) {
                    let rows = weight.shape[0]
                    if let bias { (out + column).update(from: bias.pointer, count: rows) } else { (out + column).update(repeating: 0, count: rows) }
                    column += rows
                }
            })
        }
    }

    /// `output[rows, out] = input[rows, in] · Wᵀ + b`, both buffers dense and not overlapping.
    public func callAsFunction(_ input: UnsafePointer<Float>, rows: Int, into output: UnsafeMutablePointer<Float>) {
        let out = outFeatures
        if let bias {
            // Start C at the bias and let the GEMM accumulate onto it (beta = 1): one pass over C.
            for r in 0..<rows { (output + r * out).update(from: bias.pointer, count: out) }
        }
        multiply(input, rows: rows, into: output, accumulate: bias != nil)
    }

    /// `output = input · Wᵀ + b + residual`: the projection and the skip connection in one pass.
    /// `residual` is `[rows, out]` and may be the same memory as `output`.
    public func callAsFunction(
        _ input: UnsafePointer<Float>, rows: Int, adding residual: UnsafePointer<Float>, into output: UnsafeMutablePointer<Float>
    ) {
        let out = outFeatures
        for r in 0..<rows {
            let destination = output + r * out, source = residual + r * out
            if let bias {
                for j in 0..<out { destination[j] = source[j] + bias.pointer[j] }
            } else if destination != UnsafeMutablePointer(mutating: source) {
                destination.update(from: source, count: out)
            }
        }
        multiply(input, rows: rows, into: output, accumulate: true)
    }

    private func multiply(_ input: UnsafePointer<Float>, rows: Int, into output: UnsafeMutablePointer<Float>, accumulate: Bool) {
        Gemm.multiply(
            m: rows, n: outFeatures, k: inFeatures, a: input, lda: inFeatures, b: weightTransposed.pointer, ldb: outFeatures,
            transposeB: false, c: output, ldc: outFeatures, beta: accumulate ? 1 : 0)
    }
}
