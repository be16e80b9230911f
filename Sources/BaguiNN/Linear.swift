import BaguiTensor

/// A fully connected layer, `y = x·Wᵀ + b`, with `W` stored `[out, in]` as in `nn.Linear`.
public struct Linear: Sendable {
    /// `[outFeatures, inFeatures]`
    public let weight: Tensor
    /// `[outFeatures]`, or nil for a layer without bias.
    public let bias: Tensor?

    /// Input width.
    public var inFeatures: Int { weight.shape[1] }
    /// Output width.
    public var outFeatures: Int { weight.shape[0] }

    /// A layer over a `[out, in]` weight and an optional `[out]` bias.
    public init(weight: Tensor, bias: Tensor?) {
        precondition(weight.shape.count == 2, "Linear: weight must be 2-D")
        precondition(bias == nil || bias?.count == weight.shape[0], "Linear: bias size differs from the output size")
        self.weight = weight
        self.bias = bias
    }

    /// `output[rows, out] = input[rows, in] · Wᵀ + b`, both buffers dense and not overlapping.
    public func callAsFunction(_ input: UnsafePointer<Float>, rows: Int, into output: UnsafeMutablePointer<Float>) {
        let out = outFeatures
        if let bias {
            // Start C at the bias and let the GEMM accumulate onto it (beta = 1): one pass over C.
            for r in 0..<rows { (output + r * out).update(from: bias.pointer, count: out) }
        }
        Gemm.multiply(
            m: rows, n: out, k: inFeatures, a: input, lda: inFeatures, b: weight.pointer, ldb: inFeatures,
            transposeB: true, c: output, ldc: out, beta: bias == nil ? 0 : 1)
    }
}

extension Linear {
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
        Gemm.multiply(
            m: rows, n: out, k: inFeatures, a: input, lda: inFeatures, b: weight.pointer, ldb: inFeatures,
            transposeB: true, c: output, ldc: out, beta: 1)
    }
}
