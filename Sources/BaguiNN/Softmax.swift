import Foundation

/// Softmax over each row of a `[rows, width]` matrix with row stride `stride`, in place.
/// Subtracts the row maximum first, as PyTorch does, so large logits cannot overflow.
public func softmaxRows(_ values: UnsafeMutablePointer<Float>, rows: Int, width: Int, stride: Int) {
    let lanes = FloatVector.scalarCount
    let vectorEnd = width - width % lanes
    for r in 0..<rows {
        let row = values + r * stride
        var maximumVector = FloatVector(repeating: -.infinity)
        var j = 0
        while j < vectorEnd {
            let v = UnsafeRawPointer(row + j).loadUnaligned(as: FloatVector.self)
            maximumVector = maximumVector.replacing(with: v, where: v .> maximumVector)
            j += lanes
        }
        var maximum = maximumVector.max()
        for t in vectorEnd..<width { maximum = max(maximum, row[t]) }

        let shift = FloatVector(repeating: maximum)
        var sumVector = FloatVector()
        j = 0
        while j < vectorEnd {
            let e = VectorMath.exp(UnsafeRawPointer(row + j).loadUnaligned(as: FloatVector.self) - shift)
            UnsafeMutableRawPointer(row + j).storeBytes(of: e, as: FloatVector.self)
            sumVector += e
            j += lanes
        }
        var sum = sumVector.sum()
        for t in vectorEnd..<width {
            row[t] = Foundation.exp(row[t] - maximum)
            sum += row[t]
        }
        let inverse = 1 / sum
        let scale = FloatVector(repeating: inverse)
        j = 0
        while j < vectorEnd {
            let v = UnsafeRawPointer(row + j).loadUnaligned(as: FloatVector.self)
            UnsafeMutableRawPointer(row + j).storeBytes(of: v * scale, as: FloatVector.self)
            j += lanes
        }
        for t in vectorEnd..<width { row[t] *= inverse }
    }
}
