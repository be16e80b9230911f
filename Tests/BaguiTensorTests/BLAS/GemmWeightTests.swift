@testable import BaguiTensor
import Foundation
import Testing

/// Products by a layer's weight (`Gemm.multiply(_:rows:by:)`) against a float64 reference, over the
/// row counts that take Bagui's packed kernel (≤ 48) and OpenBLAS (more), and over widths that are
/// not whole 16-column panels.
@Suite("GemmWeight")
struct GemmWeightTests {
    /// Deterministic values in [-1, 1).
    static func values(_ count: Int, seed: UInt64) -> [Float] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Float(Int64(bitPattern: state >> 11) % 2_000_000) / 1_000_000 - 1
        }
    }

    /// `input[rows, k] · weightᵀ (+ start)` with `weight` `[n, k]`, through GemmWeight; and the worst
    /// error against float64, relative to the sum of absolute products.
    static func worstError(rows: Int, n: Int, k: Int, accumulate: Bool, stackedInto parts: Int = 1) -> Double {
        let input = values(rows * k, seed: 1), weight = values(n * k, seed: 2), start = values(rows * n, seed: 3)
        // Split the [n, k] weight into `parts` row blocks and stack them back, as Q, K and V are.
        var blocks: [Tensor] = [], row = 0
        for part in 0..<parts {
            let count = n * (part + 1) / parts - row
            blocks.append(Tensor(shape: [count, k], values: Array(weight[(row * k)..<((row + count) * k)])))
            row += count
        }
        let prepared = GemmWeight(stacking: blocks)
        var output = accumulate ? start : [Float](repeating: .nan, count: rows * n)
        input.withUnsafeBufferPointer { x in
            output.withUnsafeMutableBufferPointer { y in
                Gemm.multiply(x.baseAddress!, rows: rows, by: prepared, into: y.baseAddress!, accumulate: accumulate)
            }
        }
        var worst = 0.0
        for i in 0..<rows {
            for j in 0..<n {
                var exact = accumulate ? Double(start[i * n + j]) : 0, scale = 1e-30
                for p in 0..<k {
                    let product = Double(input[i * k + p]) * Double(weight[j * k + p])
                    exact += product
                    scale += abs(product)
                }
                worst = max(worst, abs(Double(output[i * n + j]) - exact) / scale)
            }
        }
        return worst
    }

    @Test("few and many rows, whole and partial panels, with and without accumulation", arguments: [
        (1, 384, 384), (5, 20, 33), (6, 16, 7), (7, 4, 96), (15, 1152, 384), (15, 384, 1536), (31, 37, 64),
        (48, 100, 128), (49, 100, 128), (130, 72, 40),
    ])
    func matchesFloat64(rows: Int, n: Int, k: Int) {
        for accumulate in [false, true] {
            let worst = Self.worstError(rows: rows, n: n, k: k, accumulate: accumulate)
            #expect(worst < 1e-6, "rows \(rows), n \(n), k \(k), accumulate \(accumulate): worst relative error \(worst)")
        }
    }

    @Test("stacked weights multiply as one, also when a panel spans two of them")
    func stackedWeights() {
        #expect(Self.worstError(rows: 15, n: 3 * 40, k: 64, accumulate: true, stackedInto: 3) < 1e-6)
        #expect(Self.worstError(rows: 60, n: 3 * 40, k: 64, accumulate: false, stackedInto: 3) < 1e-6)
    }

    @Test("the AVX-512 kernel agrees with the AVX2 one bit for bit, on every row count and partial panels",
          .enabled(if: PackedGemm.Kernel.supported.contains(.avx512)), arguments: [(16, 8), (20, 33), (37, 64), (100, 128), (384, 128)])
    func kernelsAgree(n: Int, k: Int) {
        let weight = Self.values(n * k, seed: 5)
        let prepared = GemmWeight(stacking: [Tensor(shape: [n, k], values: weight)])
        guard let packed = prepared.packed else { Issue.record("no packed weight on an AVX-512 CPU"); return }
        for rows in 1...PackedGemm.maxRows {
            let input = Self.values(rows * k, seed: UInt64(rows)), start = Self.values(rows * n, seed: 6)
            for accumulate in [false, true] {
                let outputs = [PackedGemm.Kernel.avx2, .avx512].map { kernel in
                    var output = accumulate ? start : [Float](repeating: .nan, count: rows * n)
                    input.withUnsafeBufferPointer { x in
                        output.withUnsafeMutableBufferPointer { y in
                            PackedGemm.multiply(m: rows, n: n, k: k, a: x.baseAddress!, lda: k, packed: packed.pointer,
                                                c: y.baseAddress!, ldc: n, accumulate: accumulate, kernel: kernel)
                        }
                    }
                    return output
                }
                #expect(outputs[0].map(\.bitPattern) == outputs[1].map(\.bitPattern), "rows \(rows), n \(n), k \(k), accumulate \(accumulate)")
            }
        }
    }

    @Test("an AVX2 + FMA CPU gets the packed kernel; others the transposed weight")
    func kernelChoice() {
        let weight = GemmWeight(stacking: [Tensor(shape: [20, 8], values: Self.values(160, seed: 4))])
        let avx2 = CPUFeatures.current.has("avx2", "fma") && ProcessInfo.processInfo.environment[PackedGemm.environmentVariable] == nil
        #expect(PackedGemm.isAvailable == avx2)
        #expect((weight.packed != nil) == PackedGemm.isAvailable)
        #expect((weight.transposed != nil) == !PackedGemm.isAvailable)
        // The packed copy holds whole, zero-padded panels.
        if let packed = weight.packed {
            #expect(packed.count == 2 * 16 * 8)
            #expect(packed.buffer[(1 * 8 + 0) * 16 + 4..<(1 * 8 + 0) * 16 + 16].allSatisfy { $0 == 0 })
        }
    }
}
