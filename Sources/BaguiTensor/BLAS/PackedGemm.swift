import CBaguiCPU
import Dispatch
import Foundation

/// Bagui's own product for few rows over a weight packed at load (`Sources/CBaguiCPU/gemm_packed.c`):
/// no per-call packing, AVX2 + FMA or AVX-512F, the weight's panels split over the BLAS thread budget.
///
/// OpenBLAS packs the weight on every call, which costs as much as the arithmetic when the input
/// has a handful of rows (one sentence, one series). ONNX Runtime's MLAS avoids that by packing
/// weights once; this is the same idea behind ``Gemm``, which sends such products here.
enum PackedGemm {
    /// Products with at most this many rows use the packed kernel; more rows go to OpenBLAS, whose
    /// per-call packing is then spread over enough rows to pay. `BaguiBench gemm --layout weight`
    /// against `--layout nn` on MiniLM's shapes (Zen 3, 2 threads): the kernel is 1.3–1.8× faster at 15
    /// rows (Benchmarks/RESULTS.md, "GEMM alone"), 2–4× at one row, and about even at 48.
    static let maxRows = 48

    /// Panel width of the packed layout (`bagui_pack_panels`).
    static let panelWidth = 16

    /// Environment variable choosing the kernel: `off` sends every product to BLAS, `avx2` keeps the
    /// AVX2 tile on an AVX-512 CPU (to compare the two); unset, the widest the CPU has.
    static let environmentVariable = "BAGUI_PACKED_GEMM"

    /// The instruction sets a packed kernel is compiled for, over the same packed layout.
    enum Kernel: String, Sendable {
        /// `gemm_packed.c`: a 6 × 16 tile in 12 ymm accumulators.
        case avx2 = "AVX2+FMA"
        /// `gemm_packed_avx512.c`: an 8 × 32 tile in 16 zmm accumulators, bit-identical to `avx2`.
        case avx512 = "AVX-512F"

        /// Runs the kernel over the weight's panels `panels` (whole 16-column panels: whole columns of c).
        func run(
            m: Int, n: Int, k: Int, a: UnsafePointer<Float>, lda: Int, packed: UnsafePointer<Float>,
            c: UnsafeMutablePointer<Float>, ldc: Int, accumulate: Bool, panels: Range<Int>
        ) {
            let call = self == .avx512 ? bagui_sgemm_packed_avx512 : bagui_sgemm_packed
            call(Int32(m), Int32(n), Int32(k), a, Int32(lda), packed, c, Int32(ldc), accumulate ? 1 : 0,
                 Int32(panels.lowerBound), Int32(panels.upperBound))
        }

        /// The kernels this CPU can run (compiled for it, features present and saved by the OS).
        static var supported: [Kernel] {
            guard bagui_sgemm_packed_compiled() == 1, CPUFeatures.current.has("avx2", "fma") else { return [] }
            let wide = bagui_sgemm_packed_avx512_compiled() == 1 && CPUFeatures.current.has("avx512f")
            return wide ? [.avx2, .avx512] : [.avx2]
        }
    }

    /// The kernel few-row products run: the widest supported one, unless `BAGUI_PACKED_GEMM` says
    /// `off` (nil: BLAS) or `avx2`.
    static let kernel: Kernel? = {
        let supported = Kernel.supported
        switch ProcessInfo.processInfo.environment[environmentVariable]?.lowercased() {
        case "off": return nil
        case "avx2": return supported.first
        default: return supported.last
        }
    }()

    /// True when a packed kernel runs this CPU's few-row products.
    static var isAvailable: Bool { kernel != nil }

    /// What ``Gemm`` runs for few rows, for `bagui doctor`.
    static var description: String {
        if let kernel { return "bagui packed \(kernel.rawValue) kernel, up to \(maxRows) rows; products up to 2^20 multiply-adds direct" }
        if !Kernel.supported.isEmpty { return "BLAS (\(environmentVariable)=off)" }
        return "BLAS (the packed kernel needs x86-64 with AVX2 and FMA)"
    }

    /// Below this many multiply-adds one thread is faster than waking a second (`BaguiBench gemm
    /// --layout weight` with `BAGUI_BLAS_THREADS` 1 and 2, this 2-core VM, 2026-12-02). AVX2: 2^19, so the
    /// industry router's 20-token products (20×384×128, about 1M) used both cores (its forward pass went
    /// from 0.85 to 0.74–0.77 ms, `BaguiBench route`). AVX-512 runs those in 14 µs on one core and a split
    /// did not pay until far larger products: one thread won up to 32×1152×384 (172 vs 176 µs) and two
    /// first paid at 48×1536×384 (266 vs 352 µs), so 2^24.
    private static func parallelWork(_ kernel: Kernel) -> Int { kernel == .avx512 ? 1 << 24 : 1 << 19 }

    /// Floats in the packed form of an `[n, k]` weight: whole panels, the last zero-padded.
    static func packedCount(n: Int, k: Int) -> Int { (n + panelWidth - 1) / panelWidth * panelWidth * k }

    /// Packs the weight whose output column `j` has its `k` input weights at `rows[j]`.
    static func pack(rows: [UnsafePointer<Float>], k: Int, into packed: UnsafeMutablePointer<Float>) {
        rows.withUnsafeBufferPointer { pointers in
            pointers.withMemoryRebound(to: UnsafePointer<Float>?.self) {
                bagui_pack_panels($0.baseAddress, Int32(rows.count), Int32(k), packed)
            }
        }
    }

    /// `c[m×n] = a[m×k] · W (+ c)` for a packed `W`, with `kernel` (default: ``kernel``); the caller
    /// checked that a kernel is available and the sizes.
    static func multiply(
        m: Int, n: Int, k: Int, a: UnsafePointer<Float>, lda: Int, packed: UnsafePointer<Float>,
        c: UnsafeMutablePointer<Float>, ldc: Int, accumulate: Bool, kernel: Kernel? = nil
    ) {
        guard let kernel = kernel ?? Self.kernel else { preconditionFailure("PackedGemm.multiply: no packed kernel on this CPU") }
        let panels = (n + panelWidth - 1) / panelWidth
        let parts = m * n * k >= Self.parallelWork(kernel) ? min(max(BLAS.shared.info.threads, 1), panels) : 1
        let operands = Operands(a: a, packed: packed, c: c)
        let run: @Sendable (Int) -> Void = { part in
            // Each part owns whole panels, so whole columns of c.
            kernel.run(m: m, n: n, k: k, a: operands.a, lda: lda, packed: operands.packed, c: operands.c, ldc: ldc,
                       accumulate: accumulate, panels: (panels * part / parts)..<(panels * (part + 1) / parts))
        }
        if parts == 1 { run(0) } else { DispatchQueue.concurrentPerform(iterations: parts, execute: run) }
    }

    /// The operands, shared by the parts; each part writes only its own columns of `c`.
    private struct Operands: @unchecked Sendable {
        let a: UnsafePointer<Float>, packed: UnsafePointer<Float>, c: UnsafeMutablePointer<Float>
    }
}
