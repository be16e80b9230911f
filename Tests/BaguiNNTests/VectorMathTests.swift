import BaguiNN
import Foundation
import Testing

/// The vectorised exp, erf and tanh against libm over their useful ranges.
@Suite("VectorMath")
struct VectorMathTests {
    /// Evaluates `vector` on `inputs`, eight at a time.
    func evaluate(_ inputs: [Float], _ vector: (FloatVector) -> FloatVector) -> [Float] {
        var values = inputs
        values.withUnsafeMutableBufferPointer { VectorMath.map($0.baseAddress!, count: $0.count, vector) }
        return values
    }

    static let grid: [Float] = stride(from: -20.0, through: 20.0, by: 0.001).map { Float($0) }

    @Test("exp within 2 ulp of libm on [-80, 80]")
    func expMatchesLibm() {
        let inputs = stride(from: -80.0, through: 80.0, by: 0.0037).map { Float($0) }
        let results = evaluate(inputs, VectorMath.exp)
        for (x, y) in zip(inputs, results) {
            let exact = Foundation.exp(Double(x))
            #expect(abs(Double(y) - exact) <= 2.5 * Double(Float(exact).ulp), "exp(\(x)) = \(y), libm \(exact)")
        }
    }

    @Test("erf within 4e-7 absolute of libm")
    func erfMatchesLibm() {
        let results = evaluate(Self.grid, VectorMath.erf)
        let worst = zip(Self.grid, results).map { abs(Double($1) - Foundation.erf(Double($0))) }.max() ?? .infinity
        #expect(worst <= 4e-7, "worst erf error \(worst)")  // ≈ 3 ulp near ±1
    }

    @Test("tanh within 3e-7 absolute of libm, including near zero")
    func tanhMatchesLibm() {
        let inputs = Self.grid + [1e-8, -1e-8, 0, 0.06, -0.0624, 0.063]
        let results = evaluate(inputs, VectorMath.tanh)
        let worst = zip(inputs, results).map { abs(Double($1) - Foundation.tanh(Double($0))) }.max() ?? .infinity
        #expect(worst <= 3e-7, "worst tanh error \(worst)")
    }

    @Test("a partial final vector is handled and the rest of memory untouched")
    func tailIsHandled() {
        var values: [Float] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 99]
        values.withUnsafeMutableBufferPointer { VectorMath.map($0.baseAddress!, count: 11) { $0 * 2 } }
        #expect(values == [2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 99])
    }
}
