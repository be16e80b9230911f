// Vectorised elementwise math for the forward pass: exp, erf and tanh on SIMD lanes.
//
// libm's expf/erff/tanhf are scalar calls; one MiniLM sentence runs ~140k GELUs and ~65k softmax
// exponentials, which costs more than its GEMMs at batch 1. These polynomial forms stay within a
// few float32 ulps of libm (Tests/BaguiNNTests/VectorMathTests.swift pins the bounds).

/// The SIMD width Bagui's elementwise kernels use.
public typealias FloatVector = SIMD8<Float>

public enum VectorMath {
    /// eˣ by Cody–Waite range reduction and a degree-6 polynomial (Cephes `expf`); ≤ 2 ulp.
    @inline(__always)
    public static func exp(_ x: FloatVector) -> FloatVector {
        let x = clamp(x, -87.33654, 88.72283)
        // n = round(x·log₂e): adding 1.5·2²³ pushes the fraction out of the mantissa (round to
        // nearest even), and the low mantissa bits then hold n as an integer.
        let magic = FloatVector(repeating: 12_582_912)
        let shifted = x * 1.442695041 + magic
        let n = shifted - magic
        var r = x - n * 0.693359375
        r = r + n * 2.12194440e-4
        var p = FloatVector(repeating: 1.9875691500e-4)
        p = p * r + 1.3981999507e-3
        p = p * r + 8.3334519073e-3
        p = p * r + 4.1665795894e-2
        p = p * r + 1.6666665459e-1
        p = p * r + 5.0000001201e-1
        let y = p * r * r + r + 1
        // 2ⁿ assembled in the exponent field; n ∈ [-126, 128] after the clamp, and y < 2.
        let integer = unsafeBitCast(shifted, to: SIMD8<Int32>.self) &- 0x4B40_0000
        let exponent = (integer &+ 127).replacing(with: 0, where: integer .< -127)
        let scale = unsafeBitCast(SIMD8<UInt32>(truncatingIfNeeded: exponent) &<< 23, to: FloatVector.self)
        return y * scale
    }

    /// erf(x) as a rational polynomial on [-4, 4] (the approximation Eigen and XLA use for float).
    @inline(__always)
    public static func erf(_ x: FloatVector) -> FloatVector {
        let x = clamp(x, -4, 4)
        let x2 = x * x
        var p = x2 * -2.72614225801306e-10 + 2.77068142495902e-08
        p = p * x2 + -2.10102402082508e-06
        p = p * x2 + -5.69250639462346e-05
        p = p * x2 + -7.34990630326855e-04
        p = p * x2 + -2.95459980854025e-03
        p = p * x2 + -1.60960333262415e-02
        p = p * x
        var q = x2 * -1.45660718464996e-05 + -2.13374055278905e-04
        q = q * x2 + -1.68282697438203e-03
        q = q * x2 + -7.37332916720468e-03
        q = q * x2 + -1.42647390514189e-02
        return p / q
    }

    /// tanh(x) = 1 − 2/(e^{2x} + 1), exact to float rounding away from 0, with the odd-polynomial
    /// form near 0 where the subtraction would cancel.
    @inline(__always)
    public static func tanh(_ x: FloatVector) -> FloatVector {
        let e = exp(2 * x)
        let viaExp = 1 - 2 / (e + 1)
        let x2 = x * x
        // Taylor to x⁹: error < 1e-9 for |x| < 0.0625.
        var series = x2 * Float(62.0 / 2835) + Float(-17.0 / 315)
        series = series * x2 + Float(2.0 / 15)
        series = series * x2 + Float(-1.0 / 3)
        let small = x * (series * x2 + 1)
        let nearZero = (x .< 0.0625) .& (x .> -0.0625)
        return viaExp.replacing(with: small, where: nearZero)
    }

    /// `x` limited to `[low, high]` by compare-and-select, which inlines (the standard library's
    /// generic `clamped` compiles to an out-of-line call per vector).
    @inline(__always)
    static func clamp(_ x: FloatVector, _ low: Float, _ high: Float) -> FloatVector {
        let lower = FloatVector(repeating: low), upper = FloatVector(repeating: high)
        return x.replacing(with: lower, where: x .< lower).replacing(with: upper, where: x .> upper)
    }

    /// Applies `body` to `count` floats in place, a vector at a time; the tail is padded with zeros.
    @inline(__always)
    public static func map(_ values: UnsafeMutablePointer<Float>, count: Int, _ body: (FloatVector) -> FloatVector) {
        let width = FloatVector.scalarCount
        var i = 0
        while i + width <= count {
            let v = UnsafeRawPointer(values + i).loadUnaligned(as: FloatVector.self)
            UnsafeMutableRawPointer(values + i).storeBytes(of: body(v), as: FloatVector.self)
            i += width
        }
        if i < count {
            var v = FloatVector()
            for lane in 0..<(count - i) { v[lane] = values[i + lane] }
            let result = body(v)
            for lane in 0..<(count - i) { values[i + lane] = result[lane] }
        }
    }
}
