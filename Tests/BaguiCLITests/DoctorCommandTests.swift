import Bagui
import Foundation
import Testing

/// `bagui doctor`, run as a process: BLAS found, checked, and the kernel override honoured.
@Suite("bagui doctor (end to end)")
struct DoctorCommandTests {
    /// Neither kernel variable set, so the child makes the automatic choice.
    static let automatic: [String: String?] = ["BAGUI_BLAS_CORETYPE": nil, "OPENBLAS_CORETYPE": nil]

    /// The `blas` object of `bagui doctor --json`.
    private func blas(_ environment: [String: String?]) throws -> [String: Any] {
        let run = try BaguiBinary.run(["doctor", "--json"], environment: environment)
        try #require(run.status == 0, "\(run)")
        let report = try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any], "\(run.stdoutText)")
        #expect(report["bagui"] as? String == "0.1.0")
        return try #require(report["blas"] as? [String: Any], "\(run.stdoutText)")
    }

    @Test("--json parses and reports a passing, non-empty BLAS")
    func json() throws {
        let blas = try blas(Self.automatic)
        #expect(blas["selfCheck"] as? String == "passed")
        #expect((blas["kernel"] as? String)?.isEmpty == false)
        #expect((blas["threads"] as? Int ?? 0) >= 1)
        #expect((blas["library"] as? String)?.isEmpty == false)
        #expect((blas["version"] as? String)?.isEmpty == false)
        let cpu = try #require(blas["cpu"] as? [String: Any])
        #expect(cpu["flags"] is [String])
        #expect((cpu["vendor"] as? String)?.isEmpty == false)
    }

    @Test("--json names the few-row GEMM kernel, and BAGUI_PACKED_GEMM=avx2 or off narrows it")
    func fewRowKernel() throws {
        func fewRows(_ environment: [String: String?]) throws -> String {
            let run = try BaguiBinary.run(["doctor", "--json"], environment: environment)
            try #require(run.status == 0, "\(run)")
            let report = try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])
            return try #require((report["gemm"] as? [String: Any])?["fewRows"] as? String, "\(run.stdoutText)")
        }
        let avx2 = CPUFeatures.current.has("avx2", "fma"), avx512 = avx2 && CPUFeatures.current.has("avx512f")
        let automatic = try fewRows(Self.automatic.merging(["BAGUI_PACKED_GEMM": nil]) { $1 })
        #expect(automatic.hasPrefix(avx512 ? "bagui packed AVX-512F" : avx2 ? "bagui packed AVX2+FMA" : "BLAS"), "\(automatic)")
        let narrow = try fewRows(Self.automatic.merging(["BAGUI_PACKED_GEMM": "avx2"]) { $1 })
        #expect(narrow.hasPrefix(avx2 ? "bagui packed AVX2+FMA" : "BLAS"), "\(narrow)")
        let off = try fewRows(Self.automatic.merging(["BAGUI_PACKED_GEMM": "off"]) { $1 })
        #expect(off.hasPrefix("BLAS"), "\(off)")
    }

    @Test("the text report says the self-check passed")
    func text() throws {
        let run = try BaguiBinary.run(["doctor"], environment: Self.automatic)
        try #require(run.status == 0, "\(run)")
        #expect(run.stdoutText.contains("Self-check:    passed"), "\(run.stdoutText)")
        #expect(run.stdoutLines.first == "Bagui 0.1.0")
        #expect(run.stdoutLines.contains { $0.hasPrefix("Kernel:        ") && $0.count > 15 })
    }

    @Test("BAGUI_BLAS_CORETYPE=Prescott forces the Prescott kernel")
    func prescottOverride() throws {
        let blas = try blas(["BAGUI_BLAS_CORETYPE": "Prescott", "OPENBLAS_CORETYPE": nil])
        #expect(blas["kernel"] as? String == "Prescott")
        #expect(blas["requestedKernel"] as? String == "Prescott")
        #expect(blas["kernelSource"] as? String == "BAGUI_BLAS_CORETYPE")
        #expect(blas["selfCheck"] as? String == "passed")
    }

    @Test("BAGUI_BLAS_CORETYPE=auto gives the same kernel as no override: the CPU-feature choice")
    func autoIsTheAutomaticChoice() throws {
        let automatic = try blas(Self.automatic)
        let auto = try blas(["BAGUI_BLAS_CORETYPE": "auto", "OPENBLAS_CORETYPE": nil])
        let expected = BLASKernelChoice.choose(features: CPUFeatures.current, environment: [:])
        for report in [automatic, auto] {
            #expect(report["kernelSource"] as? String == "cpu features")
            #expect(report["requestedKernel"] as? String == expected.coreType)
            if let requested = expected.coreType {
                #expect((report["kernel"] as? String)?.lowercased() == requested.lowercased())
            }
        }
        #expect(auto["kernel"] as? String == automatic["kernel"] as? String)
    }
}

/// A BLAS whose `cblas_sgemm` is wrong, loaded through `BAGUI_BLAS_LIBRARY`: the self-check must
/// refuse it, `doctor` must say so in its exit status, and inference must fall back to correct GEMM.
@Suite("bagui doctor with a wrong BLAS (end to end)")
struct DoctorSelfCheckFailureTests {
    /// Compiles a shared library whose `cblas_sgemm` writes zeros, with the C compiler the Swift
    /// toolchain ships; returns the environment that makes `bagui` load it.
    private func wrongBLAS() throws -> (environment: [String: String?], directory: URL) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("bagui-wrong-blas-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let source = directory.appendingPathComponent("wrongblas.c"), library = directory.appendingPathComponent("libwrongblas.so")
        try Data("""
            void cblas_sgemm(int order, int ta, int tb, int m, int n, int k, float alpha, const float *a, int lda,
                             const float *b, int ldb, float beta, float *c, int ldc) {
                for (int i = 0; i < m; i++) for (int j = 0; j < n; j++) c[i * ldc + j] = 0.0f;
            }
            """.utf8).write(to: source)
        let compiler = Process()
        compiler.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        compiler.arguments = ["clang", "-shared", "-fPIC", "-O1", "-o", library.path, source.path]
        try compiler.run()
        compiler.waitUntilExit()
        try #require(compiler.terminationStatus == 0, "clang (from the Swift toolchain) could not build the fake BLAS")
        return (["BAGUI_BLAS_LIBRARY": library.path, "BAGUI_BLAS_CORETYPE": nil, "OPENBLAS_CORETYPE": nil], directory)
    }

    @Test("a BLAS that fails the self-check: text and --json both report it and both exit 2")
    func failedSelfCheckExitStatus() throws {
        let (environment, directory) = try wrongBLAS()
        defer { try? FileManager.default.removeItem(at: directory) }

        let text = try BaguiBinary.run(["doctor"], environment: environment)
        #expect(text.status == 2, "\(text)")
        #expect(text.stdoutText.contains("Self-check:    failed: sgemm"), "\(text.stdoutText)")

        let json = try BaguiBinary.run(["doctor", "--json"], environment: environment)
        let report = try #require(try JSONSerialization.jsonObject(with: json.stdout) as? [String: Any])
        let blas = try #require(report["blas"] as? [String: Any])
        #expect((blas["selfCheck"] as? String)?.hasPrefix("failed: sgemm") == true)
        // Scripts read the exit status: it must not depend on the output format.
        #expect(json.status == 2, "doctor --json exits \(json.status) although the self-check failed")
    }

    @Test("embed with a BLAS that fails the self-check still matches sentence-transformers (built-in GEMM)")
    func embedFallsBackToCorrectGEMM() throws {
        let model = try Repository.requireMiniLM()
        let (texts, reference) = try MiniLMReference.load()
        let (environment, directory) = try wrongBLAS()
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try BaguiBinary.run(["embed", "--model", model.path, texts[1], texts[15]], environment: environment)
        try #require(run.status == 0, "\(run)")
        let lines = try decodeLines(run, as: EmbeddingLine.self)
        try #require(lines.count == 2)
        #expect(maxAbsDifference(lines[0].embedding, reference.embeddings[1]) < 1e-4)
        #expect(maxAbsDifference(lines[1].embedding, reference.embeddings[15]) < 1e-4)
    }
}
