import BaguiTensor

/// Layer normalisation over the last dimension (Ba et al., 2016; `nn.LayerNorm`):
/// `y = (x − mean) / √(var + eps) · weight + bias`, with the biased variance PyTorch uses.
public struct LayerNorm: Sendable {
    /// `[width]`
    public let weight: Tensor
    /// `[width]`
    public let bias: Tensor
    /// Added to the variance before the square root.
    public let eps: Float

    /// A layer norm over vectors of `weight.count` floats.
    public init(weight: Tensor, bias: Tensor, eps: Float) {
        precondition(weight.count == bias.count, "LayerNorm: weight and bias differ in size")
        self.weight = weight
        self.bias = bias
        self.eps = eps
    }

    /// Normalises each of `rows` rows of `x` (`[rows, width]`, dense) in place.
    public func callAsFunction(_ x: UnsafeMutablePointer<Float>, rows: Int) {
        let width = weight.count
        let lanes = FloatVector.scalarCount
        let gamma = weight.pointer, beta = bias.pointer
        for r in 0..<rows {
            let row = x + r * width
            var sumVector = FloatVector()
            var j = 0
            while j + lanes <= width {
                sumVector += UnsafeRawPointer(row + j).loadUnaligned(as: FloatVector.self)
                j += lanes
            }
            var sum = sumVector.sum()
            for t in j..<width { sum += row[t] }
            let mean = sum / Float(width)

            var squareVector = FloatVector()
            j = 0
            while j + lanes <= width {
                let d = UnsafeRawPointer(row + j).loadUnaligned(as: FloatVector.self) - mean
                squareVector += d * d
                j += lanes
            }
            var squares = squareVector.sum()
            for t in j..<width { squares += (row[t] - mean) * (row[t] - mean) }
            let inverseDeviation = 1 / (squares / Float(width) + eps).squareRoot()

            j = 0
            while j + lanes <= width {
                let v = UnsafeRawPointer(row + j).loadUnaligned(as: FloatVector.self)
                let g = UnsafeRawPointer(gamma + j).loadUnaligned(as: FloatVector.self)
                let b = UnsafeRawPointer(beta + j).loadUnaligned(as: FloatVector.self)
                UnsafeMutableRawPointer(row + j).storeBytes(of: (v - mean) * inverseDeviation * g + b, as: FloatVector.self)
                j += lanes
            }
            for t in j..<width { row[t] = (row[t] - mean) * inverseDeviation * gamma[t] + beta[t] }
        }
    }
}
