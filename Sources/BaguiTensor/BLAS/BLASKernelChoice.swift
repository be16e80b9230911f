/// Which OpenBLAS kernel family (`OPENBLAS_CORETYPE`) to ask for, and why.
///
/// OpenBLAS picks its kernel once, when the library loads, from a table of known CPU models. A model
/// newer than the build (Debian's 0.3.21 on Sapphire Rapids, family 6 model 207) falls back to the
/// generic SSE3 "Prescott" kernel, 7× slower on this CPU (Benchmarks/RESULTS.md). Choosing by
/// features instead of by model number keeps new CPUs on their fastest correct path.
public struct BLASKernelChoice: Sendable, Equatable {
    /// The value for `OPENBLAS_CORETYPE`, or nil to let OpenBLAS decide.
    public var coreType: String?
    /// Where the choice came from: `"BAGUI_BLAS_CORETYPE"`, `"OPENBLAS_CORETYPE"` or `"cpu features"`.
    public var source: String

    /// The environment variable users set to override the automatic choice (`auto` restores it).
    public static let overrideVariable = "BAGUI_BLAS_CORETYPE"

    /// Decides the kernel: an explicit `BAGUI_BLAS_CORETYPE` wins, then a user's own
    /// `OPENBLAS_CORETYPE`, then the widest vector unit this CPU and OS support.
    public static func choose(features: CPUFeatures, environment: [String: String]) -> BLASKernelChoice {
        if let explicit = environment[overrideVariable], !explicit.isEmpty, explicit.lowercased() != "auto" {
            return BLASKernelChoice(coreType: explicit.lowercased() == "default" ? nil : explicit, source: overrideVariable)
        }
        if let userSet = environment["OPENBLAS_CORETYPE"], !userSet.isEmpty {
            return BLASKernelChoice(coreType: userSet, source: "OPENBLAS_CORETYPE")
        }
        return BLASKernelChoice(coreType: coreType(for: features), source: "cpu features")
    }

    /// The fastest OpenBLAS 0.3.x kernel whose instructions this CPU and OS support.
    static func coreType(for features: CPUFeatures) -> String? {
        guard features.vendor == "GenuineIntel" || features.vendor == "AuthenticAMD" else { return nil }
        if features.has("avx512f", "avx512dq", "avx512cd", "avx512bw", "avx512vl") {
            return features.has("avx512_bf16") ? "Cooperlake" : "SkylakeX"
        }
        if features.has("avx2", "fma") { return features.vendor == "AuthenticAMD" ? "Zen" : "Haswell" }
        if features.has("avx") { return "Sandybridge" }
        return nil
    }
}
