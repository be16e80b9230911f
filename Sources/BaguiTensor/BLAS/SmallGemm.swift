import CBaguiCPU

/// Bagui's direct kernel for products too small for OpenBLAS to pay (`Sources/CBaguiCPU/gemm_small.c`):
/// attention's per-head `Q·Kᵀ` and `P·V`. Runs on the calling thread, so callers may run several at
/// once on their own threads, which they must never do with OpenBLAS calls (its threads would fight).
enum SmallGemm {
    /// Products of at most this many multiply-adds go to the direct kernel: a 180-token sequence's
    /// `Q·Kᵀ` for 32-wide heads. Larger ones are worth OpenBLAS's blocking and threads.
    static let maxWork = 1 << 20

    /// The same CPU and switch as the packed kernel (AVX2 + FMA on x86-64, `BAGUI_PACKED_GEMM`).
    static var isAvailable: Bool { PackedGemm.isAvailable }

    /// Whether an `m×n×k` product with `beta == 0` runs here.
    @inline(__always)
    static func accepts(m: Int, n: Int, k: Int) -> Bool {
        isAvailable && m * n * k <= maxWork
    }

    /// `c[m×n] = alpha · a[m×k] · op(b)`; the caller checked ``accepts(m:n:k:)``.
    static func multiply(
        m: Int, n: Int, k: Int, a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int,
        transposeB: Bool, c: UnsafeMutablePointer<Float>, ldc: Int, alpha: Float
    ) {
        bagui_sgemm_small(Int32(m), Int32(n), Int32(k), alpha, a, Int32(lda), b, Int32(ldb), transposeB ? 1 : 0, c, Int32(ldc))
    }
}
