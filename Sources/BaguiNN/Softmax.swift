/// Softmax over each row of a `[rows, width]` matrix with row stride `stride`, in place.
/// Subtracts the row maximum first, as PyTorch does, so large logits cannot overflow.
public func softmaxRows(_ values: UnsafeMutablePointer<Float>, rows: Int, width: Int, stride: Int) {
    for r in 0..<rows {
        let row = values + r * stride
        var maximum = -Float.infinity
        for j in 0..<width { maximum = max(maximum, row[j]) }
        var sumVector = FloatVector()
        let shift = FloatVector(repeating: maximum)
        let lanes = FloatVector.scalarCount
        var j = 0
        while j + lanes <= width {
            let e = VectorMath.exp(UnsafeRawPointer(row + j).loadUnaligned(as: FloatVector.self) - shift)
            UnsafeMutableRawPointer(row + j).storeBytes(of: e, as: FloatVector.self)
            sumVector += e
            j += lanes
        }
        var sum = sumVector.sum()
        if j < width {
            var v = FloatVector(repeating: -.infinity)
            for lane in 0..<(width - j) { v[lane] = row[j + lane] }
            let e = VectorMath.exp(v - shift)
            for lane in 0..<(width - j) {
                row[j + lane] = e[lane]
                sum += e[lane]
            }
        }
        let inverse = 1 / sum
        for j in 0..<width { row[j] *= inverse }
    }
}
