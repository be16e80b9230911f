/// The single place where Bagui multiplies matrices. Every matmul of every model comes through here:
/// OpenBLAS, except few rows times a layer's weight, which go to Bagui's packed kernel (``GemmWeight``),
/// and products of at most a million multiply-adds (attention's per-head products), which go to a
/// direct kernel on the calling thread (`SmallGemm`).
///
/// Layout convention: row-major; `B` either stored as PyTorch stores `nn.Linear.weight`, `[n, k]`
/// (`transposeB: true`, the common case), or as a plain `[k, n]` matrix (`transposeB: false`,
/// attention's `P·V`). Leading dimensions let callers multiply strided slices (one head of a fused
/// QKV buffer) without copying.
public enum Gemm {
    /// `C[m×n] = alpha · A[m×k] · op(B) + beta · C`, with `op(B) = Bᵀ` when `transposeB`.

    public static func multiply(
        m: Int, n: Int, k: Int,
        a: UnsafePointer<Float>, lda: Int,
        b: UnsafePointer<Float>, ldb: Int, transposeB: Bool,
        c: UnsafeMutablePointer<Float>, ldc: Int,
        alpha: Float = 1, beta: Float = 0
    ) {
        guard m > 0, n > 0 else { return }
        precondition(lda >= k && ldc >= n && ldb >= (transposeB ? k : n), "Gemm: leading dimension too small")
        precondition(m <= Int(Int32.max) && n <= Int(Int32.max) && k <= Int(Int32.max), "Gemm: dimension exceeds BLAS int")
        if beta == 0, SmallGemm.accepts(m: m, n: n, k: k) {
            SmallGemm.multiply(m: m, n: n, k: k, a: a, lda: lda, b: b, ldb: ldb, transposeB: transposeB, c: c, ldc: ldc, alpha: alpha)
        } else if let sgemm = BLAS.shared.sgemm {
            sgemm(101, 111, transposeB ? 112 : 111, Int32(m), Int32(n), Int32(k), alpha, a, Int32(lda), b, Int32(ldb), beta, c, Int32(ldc))
        } else {
            BuiltinGemm.multiply(m: m, n: n, k: k, a: a, lda: lda, b: b, ldb: ldb, transposeB: transposeB, c: c, ldc: ldc, alpha: alpha, beta: beta)
        }
    }

    /// Whether an `m×n×k` product (with `beta == 0`) runs on the calling thread without OpenBLAS, so
    /// that several may run at once on threads of the caller's own (attention's heads).
    public static func runsOnCallingThread(m: Int, n: Int, k: Int) -> Bool {
        SmallGemm.accepts(m: m, n: n, k: k)
    }

    /// Which kernel multiplies few rows by a layer's weight on this machine, in words
    /// (`bagui doctor`): Bagui's packed kernel, or BLAS and why.
    public static var fewRowsKernel: String { PackedGemm.description }

    /// `output[rows, n] = input[rows, k] · Wᵀ (+ output when accumulate)` for a layer's weight,
    /// dense rows. Few rows run Bagui's packed kernel, more rows OpenBLAS on the `[n, k]` weight.
    public static func multiply(
        _ input: UnsafePointer<Float>, rows: Int, by weight: GemmWeight, into output: UnsafeMutablePointer<Float>, accumulate: Bool
    ) {
        let n = weight.outFeatures, k = weight.inFeatures
        if rows <= PackedGemm.maxRows, let packed = weight.packed {
            guard rows > 0 else { return }
            PackedGemm.multiply(m: rows, n: n, k: k, a: input, lda: k, packed: packed.pointer, c: output, ldc: n, accumulate: accumulate)
        } else if rows <= PackedGemm.maxRows, let transposed = weight.transposed {
            multiply(m: rows, n: n, k: k, a: input, lda: k, b: transposed.pointer, ldb: n, transposeB: false, c: output, ldc: n, beta: accumulate ? 1 : 0)
        } else {
            multiply(m: rows, n: n, k: k, a: input, lda: k, b: weight.rows.pointer, ldb: k, transposeB: true, c: output, ldc: n, beta: accumulate ? 1 : 0)
        }
    }

    /// `y[m×n] = x[m×k] · Wᵀ` for a weight `W` stored `[n, k]`, as in `nn.Linear`; dense rows.

    public static func multiply(m: Int, n: Int, k: Int, a: UnsafePointer<Float>, b: UnsafePointer<Float>, c: UnsafeMutablePointer<Float>) {
        multiply(m: m, n: n, k: k, a: a, lda: k, b: b, ldb: k, transposeB: true, c: c, ldc: n)
    }
}

/// A plain, correct GEMM used only when no trustworthy BLAS could be loaded.

enum BuiltinGemm {

    static func multiply(
        m: Int, n: Int, k: Int, a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int,
        transposeB: Bool, c: UnsafeMutablePointer<Float>, ldc: Int, alpha: Float, beta: Float
    ) {
        for i in 0..<m {
            for j in 0..<n {
                var sum: Float = 0
                for p in 0..<k { sum += a[i * lda + p] * (transposeB ? b[j * ldb + p] : b[p * ldb + j]) }
                c[i * ldc + j] = alpha * sum + (beta == 0 ? 0 : beta * c[i * ldc + j])
            }
        }
    }
}
