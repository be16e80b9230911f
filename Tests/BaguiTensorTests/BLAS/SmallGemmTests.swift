@testable import BaguiTensor
import Testing

/// Products small enough for Bagui's direct kernel (`SmallGemm`, attention's per-head products), through
/// `Gemm.multiply`, against float64: both layouts, strided operands like one head of a fused QKV
/// buffer, sizes that are not whole vectors, and alpha.
@Suite("SmallGemm")
struct SmallGemmTests {
    /// `alpha · a[m×k] · op(b)` with every operand stored with padding columns, and the worst error
    /// against float64 relative to the sum of absolute products; the padding must stay untouched.
    static func worstError(m: Int, n: Int, k: Int, transposeB: Bool, alpha: Float) -> Double {
        let lda = k + 3, ldb = (transposeB ? k : n) + 5, ldc = n + 2
        let a = GemmWeightTests.values(m * lda, seed: 11), b = GemmWeightTests.values((transposeB ? n : k) * ldb, seed: 12)
        var c = [Float](repeating: .nan, count: m * ldc)
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                c.withUnsafeMutableBufferPointer { c in
                    Gemm.multiply(m: m, n: n, k: k, a: a.baseAddress!, lda: lda, b: b.baseAddress!, ldb: ldb,
                                  transposeB: transposeB, c: c.baseAddress!, ldc: ldc, alpha: alpha)
                }
            }
        }
        var worst = 0.0
        for i in 0..<m {
            for j in 0..<n {
                var exact = 0.0, scale = 1e-30
                for p in 0..<k {
                    let product = Double(a[i * lda + p]) * Double(transposeB ? b[j * ldb + p] : b[p * ldb + j]) * Double(alpha)
                    exact += product
                    scale += abs(product)
                }
                worst = max(worst, abs(Double(c[i * ldc + j]) - exact) / scale)
            }
            for j in n..<ldc where !c[i * ldc + j].isNaN { return .infinity }  // wrote outside its columns
        }
        return worst
    }

    @Test("Q·Kᵀ and P·V shapes, whole and partial vectors", arguments: [
        (1, 1, 1), (3, 5, 7), (15, 15, 32), (15, 32, 15), (20, 33, 9), (64, 64, 32), (64, 32, 64), (37, 41, 40),
    ])
    func matchesFloat64(m: Int, n: Int, k: Int) {
        for transposeB in [true, false] {
            let worst = Self.worstError(m: m, n: n, k: k, transposeB: transposeB, alpha: 0.176_776_7)
            #expect(worst < 1e-6, "m \(m), n \(n), k \(k), transposeB \(transposeB): worst relative error \(worst)")
        }
    }

    @Test("attention-sized products take the direct kernel, large ones do not")
    func routing() {
        #expect(Gemm.runsOnCallingThread(m: 128, n: 128, k: 32) == PackedGemm.isAvailable)
        #expect(!Gemm.runsOnCallingThread(m: 256, n: 256, k: 32))
        #expect(!Gemm.runsOnCallingThread(m: 640, n: 384, k: 384))
    }
}
