import BaguiTensor

/// A fully connected layer, `y = x·Wᵀ + b`, from a weight stored `[out, in]` as in `nn.Linear`.
///
/// The weight is prepared once at load for both kinds of product (``GemmWeight``): few rows (one
/// sentence) run Bagui's packed kernel, many rows run OpenBLAS on the checkpoint's own layout.
public struct Linear: Sendable {
    /// The weight, `[outFeatures, inFeatures]`, ready for ``Gemm``.
    public let weight: GemmWeight
    /// `[outFeatures]`, or nil for a layer without bias.
    public let bias: Tensor?

    /// Input width.
    public var inFeatures: Int { weight.inFeatures }
    /// Output width.
    public var outFeatures: Int { weight.outFeatures }

    /// A layer over an `nn.Linear` weight `[out, in]` and an optional `[out]` bias.
    public init(weight: Tensor, bias: Tensor?) {
        precondition(weight.shape.count == 2, "Linear: weight must be 2-D")
        self.init(stacking: [weight], biases: [bias])
    }

    /// One layer computing several `nn.Linear`s over the same input side by side, e.g. Q, K and V:
    /// output columns `[0, out₀)` are the first layer's, and so on. Missing biases count as zero.
    public init(stacking weights: [Tensor], biases: [Tensor?]) {
        precondition(!weights.isEmpty && weights.count == biases.count, "Linear: one bias slot per weight")
        for (weight, bias) in zip(weights, biases) {
            precondition(bias == nil || bias?.count == weight.shape[0], "Linear: bias size differs from the output size")
        }
        weight = GemmWeight(stacking: weights)
        let outputs = weight.outFeatures
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
        Gemm.multiply(input, rows: rows, by: weight, into: output, accumulate: accumulate)
    }
}
