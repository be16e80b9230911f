import Foundation
import Logging

#if canImport(Glibc)
import Glibc
#endif

/// The process's BLAS library: OpenBLAS loaded at first use, after Bagui has chosen its kernel.
///
/// OpenBLAS reads `OPENBLAS_CORETYPE` once, in its load-time constructor, so linking it normally
/// would let the dynamic loader pick the kernel before any Swift code runs. Bagui instead `dlopen`s
/// the library on first use, after setting the variable, which works the same in the CLI and when
/// Bagui is embedded in someone else's program. The chosen kernel is then checked against a
/// float64 reference product; a kernel that fails is not used.
///
/// ```swift
/// print(BLAS.shared.info.kernel)   // "Cooperlake"
/// ```
public final class BLAS: Sendable {
    /// The one BLAS of this process, loaded on first access.
    public static let shared = BLAS()

    /// What was loaded and how it was checked.
    public let info: BLASInfo
    let sgemm: SgemmFunction?

    /// `cblas_sgemm` (cblas.h): order, transA, transB, M, N, K, alpha, A, lda, B, ldb, beta, C, ldc.
    typealias SgemmFunction = @convention(c) (
        Int32, Int32, Int32, Int32, Int32, Int32, Float, UnsafePointer<Float>?, Int32,
        UnsafePointer<Float>?, Int32, Float, UnsafeMutablePointer<Float>?, Int32
    ) -> Void

    /// Environment variable naming the BLAS shared library to load instead of `libopenblas.so.0`.
    public static let libraryVariable = "BAGUI_BLAS_LIBRARY"
    /// Environment variable setting the number of BLAS threads (default: OpenBLAS's own, one per core).
    public static let threadsVariable = "BAGUI_BLAS_THREADS"

    private static let logger = Logger(label: "bagui.blas")

    private init() {
        let environment = ProcessInfo.processInfo.environment
        let features = CPUFeatures.current
        let choice = BLASKernelChoice.choose(features: features, environment: environment)
        let candidates = environment[Self.libraryVariable].map { [$0] } ?? ["libopenblas.so.0", "libopenblas.so", "libopenblas.dylib"]

        guard let loaded = Self.load(candidates: candidates, coreType: choice.coreType) else {
            Self.logger.warning("OpenBLAS not found (tried \(candidates.joined(separator: ", "))); using Bagui's built-in GEMM, which is much slower. Install libopenblas-dev.")
            sgemm = nil
            info = BLASInfo(
                library: "built-in", version: "bagui", kernel: "built-in", requestedKernel: choice.coreType,
                kernelSource: choice.source, threads: 1, selfCheck: "passed", cpu: features)
            return
        }
        if let requested = environment[Self.threadsVariable], let count = Int(requested), count > 0 {
            loaded.setThreads?(Int32(count))
        }
        let kernel = loaded.coreName?().map { String(cString: $0) } ?? "unknown"
        let config = loaded.config?().map { String(cString: $0) } ?? "unknown"
        let threads = Int(loaded.threads?() ?? 1)
        let check = BLASSelfCheck.run(sgemm: loaded.sgemm)
        if let failure = check {
            Self.logger.error("OpenBLAS kernel \(kernel) failed its self-check (\(failure)); using Bagui's built-in GEMM instead.")
        }
        sgemm = check == nil ? loaded.sgemm : nil
        info = BLASInfo(
            library: loaded.path, version: config, kernel: kernel, requestedKernel: choice.coreType,
            kernelSource: choice.source, threads: check == nil ? threads : 1,
            selfCheck: check.map { "failed: \($0)" } ?? "passed", cpu: features)
    }

    private struct LoadedLibrary {
        var path: String
        var sgemm: SgemmFunction
        var coreName: (@convention(c) () -> UnsafePointer<CChar>?)?
        var config: (@convention(c) () -> UnsafePointer<CChar>?)?
        var threads: (@convention(c) () -> Int32)?
        var setThreads: (@convention(c) (Int32) -> Void)?
    }

    private static func load(candidates: [String], coreType: String?) -> LoadedLibrary? {
        for path in candidates {
            // Already loaded by someone else: its kernel is fixed, so only report it.
            let alreadyLoaded = dlopen(path, RTLD_NOW | RTLD_NOLOAD) != nil
            let previous = getenv("OPENBLAS_CORETYPE").map { String(cString: $0) }
            if let coreType, !alreadyLoaded { setenv("OPENBLAS_CORETYPE", coreType, 1) }
            let handle = dlopen(path, RTLD_NOW | RTLD_LOCAL)
            // Restore the caller's environment: child processes should not inherit our choice.
            if let previous { setenv("OPENBLAS_CORETYPE", previous, 1) } else { unsetenv("OPENBLAS_CORETYPE") }
            guard let handle, let symbol = dlsym(handle, "cblas_sgemm") else { continue }
            func function<F>(_ name: String, as _: F.Type) -> F? {
                dlsym(handle, name).map { unsafeBitCast($0, to: F.self) }
            }
            return LoadedLibrary(
                path: path, sgemm: unsafeBitCast(symbol, to: SgemmFunction.self),
                coreName: function("openblas_get_corename", as: (@convention(c) () -> UnsafePointer<CChar>?).self),
                config: function("openblas_get_config", as: (@convention(c) () -> UnsafePointer<CChar>?).self),
                threads: function("openblas_get_num_threads", as: (@convention(c) () -> Int32).self),
                setThreads: function("openblas_set_num_threads", as: (@convention(c) (Int32) -> Void).self))
        }
        return nil
    }
}

/// A description of the BLAS in use, as `bagui doctor` prints it.
public struct BLASInfo: Sendable, Codable, Equatable {
    /// The shared library loaded, or `built-in`.
    public var library: String
    /// The library's own version and build string (`openblas_get_config`).
    public var version: String
    /// The kernel family OpenBLAS runs (`openblas_get_corename`), e.g. `Cooperlake`.
    public var kernel: String
    /// The kernel Bagui asked for, or nil when it left the choice to OpenBLAS.
    public var requestedKernel: String?
    /// Why that kernel was asked for (see ``BLASKernelChoice``).
    public var kernelSource: String
    /// Threads OpenBLAS uses for one call.
    public var threads: Int
    /// `passed`, or `failed: <why>` when the kernel disagreed with the float64 reference.
    public var selfCheck: String
    /// The CPU as Bagui saw it.
    public var cpu: CPUFeatures
}
