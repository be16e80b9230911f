/// Checks a BLAS `sgemm` against a float64 reference product before Bagui trusts it.
///
/// Older OpenBLAS builds have shipped kernels that compute wrong results on CPUs they were not
/// tested on; a forced kernel (`BAGUI_BLAS_CORETYPE`) can also be one this CPU cannot run
/// correctly. The shapes cover both transpositions Bagui uses, odd edges that exercise the
/// kernels' tail paths, and a size large enough to use the main blocked path.
enum BLASSelfCheck {
    /// Returns nil when every product matches, or a sentence saying which shape failed and by how much.
    static func run(sgemm: BLAS.SgemmFunction) -> String? {
        let shapes: [(m: Int, n: Int, k: Int, transposeB: Bool)] = [
            (1, 37, 19, true), (7, 129, 45, true), (67, 33, 96, false), (96, 112, 128, true),
        ]
        var generator = SplitMix64(seed: 0x5EED)
        for shape in shapes {
            let a = (0..<shape.m * shape.k).map { _ in generator.nextFloat() }
            let b = (0..<shape.n * shape.k).map { _ in generator.nextFloat() }
            var c = [Float](repeating: .nan, count: shape.m * shape.n)
            let ldb = shape.transposeB ? shape.k : shape.n
            sgemm(
                101, 111, shape.transposeB ? 112 : 111, Int32(shape.m), Int32(shape.n), Int32(shape.k), 1,
                a, Int32(shape.k), b, Int32(ldb), 0, &c, Int32(shape.n))
            for i in 0..<shape.m {
                for j in 0..<shape.n {
                    var exact = 0.0, magnitude = 0.0
                    for p in 0..<shape.k {
                        let bValue = shape.transposeB ? b[j * shape.k + p] : b[p * shape.n + j]
                        exact += Double(a[i * shape.k + p]) * Double(bValue)
                        magnitude += abs(Double(a[i * shape.k + p]) * Double(bValue))
                    }
                    let error = abs(Double(c[i * shape.n + j]) - exact)
                    // Float32 accumulation error is bounded by about k·ε·Σ|aᵢbᵢ|; allow that plus slack.
                    let bound = Double(shape.k) * 1.2e-7 * magnitude + 1e-6
                    guard error <= bound, error.isFinite else {
                        return "sgemm \(shape.m)×\(shape.n)×\(shape.k) differs from the float64 reference by \(error) at [\(i), \(j)] (allowed \(bound))"
                    }
                }
            }
        }
        return nil
    }
}

/// A small, fast, seedable generator (Steele et al., SplitMix64) for reproducible test data.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64
    /// A generator whose sequence is fixed by `seed`.
    public init(seed: UInt64) { state = seed }
    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    /// A float uniform in [-1, 1).
    public mutating func nextFloat() -> Float { Float(next() >> 40) / Float(1 << 23) - 1 }
}
