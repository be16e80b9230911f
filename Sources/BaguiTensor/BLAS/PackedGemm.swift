import CBaguiCPU
import Dispatch
import Foundation

/// Bagui's own product for few rows over a weight packed at load (`Sources/CBaguiCPU/gemm_packed.c`):
/// no per-call packing, AVX2 + FMA, the weight's panels split over the BLAS thread budget.
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

    /// Environment variable that turns the packed kernel off (`off`): every product then goes to BLAS.
    static let environmentVariable = "BAGUI_PACKED_GEMM"

    /// True when the kernel was compiled for this CPU family, the CPU has AVX2 and FMA, and
    /// `BAGUI_PACKED_GEMM=off` does not turn it off.
    static let isAvailable: Bool = {
        guard bagui_sgemm_packed_compiled() == 1, CPUFeatures.current.has("avx2", "fma") else { return false }
        return ProcessInfo.processInfo.environment[environmentVariable]?.lowercased() != "off"
    }()

    /// What ``Gemm`` runs for few rows, for `bagui doctor`.
    static var description: String {
        if PackedGemm.isAvailable { return "bagui packed AVX2+FMA kernel, up to \(maxRows) rows; products up to 2^20 multiply-adds direct" }
        if bagui_sgemm_packed_compiled() == 1, CPUFeatures.current.has("avx2", "fma") { return "BLAS (\(environmentVariable)=off)" }
        return "BLAS (the packed kernel needs x86-64 with AVX2 and FMA)"
    }

    /// Below this many multiply-adds one thread is faster than waking a second. 2^19 rather than 2^21 so the
    /// industry router's 20-token products (20×384×128, about 1M) use both cores: its forward pass went from
    /// 0.85 to 0.74–0.77 ms (`BaguiBench route`, quiet machine) and MiniLM's batch-1 latency did not move.
    private static let parallelWork = 1 << 19

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

    /// `c[m×n] = a[m×k] · W (+ c)` for a packed `W`; the caller checked `isAvailable` and the sizes.
    static func multiply(
        m: Int, n: Int, k: Int, a: UnsafePointer<Float>, lda: Int, packed: UnsafePointer<Float>,
        c: UnsafeMutablePointer<Float>, ldc: Int, accumulate: Bool
    ) {
        let panels = (n + panelWidth - 1) / panelWidth
        let parts = m * n * k >= parallelWork ? min(max(BLAS.shared.info.threads, 1), panels) : 1
        let operands = Operands(a: a, packed: packed, c: c)
        let run: @Sendable (Int) -> Void = { part in
            // Each part owns whole panels, so whole columns of c.
            let first = panels * part / parts, last = panels * (part + 1) / parts
            bagui_sgemm_packed(
                Int32(m), Int32(n), Int32(k), operands.a, Int32(lda), operands.packed, operands.c, Int32(ldc),
                accumulate ? 1 : 0, Int32(first), Int32(last))
        }
        if parts == 1 { run(0) } else { DispatchQueue.concurrentPerform(iterations: parts, execute: run) }
    }

    /// The operands, shared by the parts; each part writes only its own columns of `c`.
    private struct Operands: @unchecked Sendable {
        let a: UnsafePointer<Float>, packed: UnsafePointer<Float>, c: UnsafeMutablePointer<Float>
    }
}
