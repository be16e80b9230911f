import Foundation
import Testing

/// The real `bagui` executable, run as a child process the way a user or a script runs it.
///
/// SwiftPM puts the test bundle (`BaguiPackageTests.xctest`) and the `bagui` product in the same
/// products directory (`.build/release`), and `swift build --build-tests` builds both.
enum BaguiBinary {
    /// What one run of `bagui` produced.
    struct Run: CustomStringConvertible {
        var status: Int32
        /// True when a signal ended the process (a trap, a crash), not `exit`.
        var signalled: Bool
        var stdout: Data
        var stderr: String
        var arguments: [String]

        var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
        /// Standard output split into lines, without the empty one after the final newline.
        var stdoutLines: [String] {
            var lines = stdoutText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if lines.last == "" { lines.removeLast() }
            return lines
        }

        var description: String {
            "bagui \(arguments.joined(separator: " ")) \(signalled ? "killed by signal" : "exited") \(status); stderr: \(stderr.debugDescription)"
        }
    }

    /// The directory holding the test bundle, searched for from the bundles and the running executable.
    static let productsDirectory: URL? = {
        let candidates = Bundle.allBundles.map(\.bundleURL)
            + [Bundle.main.bundleURL, Bundle.main.executableURL, URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()]
            .compactMap { $0 }
        for candidate in candidates {
            var url = candidate.standardizedFileURL
            while url.pathComponents.count > 1 {
                if url.pathExtension == "xctest" { return url.deletingLastPathComponent() }
                url.deleteLastPathComponent()
            }
        }
        return nil
    }()

    /// `<products>/bagui`; fails the calling test (never skips it) when it is missing.
    static func requireExecutable(sourceLocation: SourceLocation = #_sourceLocation) throws -> URL {
        let products = try #require(productsDirectory, "cannot find the products directory holding the .xctest bundle",
                                    sourceLocation: sourceLocation)
        let executable = products.appendingPathComponent("bagui")
        try #require(FileManager.default.isExecutableFile(atPath: executable.path),
                     "\(executable.path) is missing; build it with `swift build -c release --build-tests` (make test does)",
                     sourceLocation: sourceLocation)
        return executable
    }

    /// Runs `bagui arguments…` with `stdin` as its standard input (empty when nil) and the test's
    /// environment changed by `environment` (a nil value removes the variable). Output goes through
    /// files, not pipes, so a large output can never block the child.
    static func run(
        _ arguments: [String], stdin: Data? = nil, environment: [String: String?] = [:],
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> Run {
        try run(arguments, executable: requireExecutable(sourceLocation: sourceLocation), stdin: stdin, environment: environment)
    }

    private static func run(_ arguments: [String], executable: URL, stdin: Data?, environment: [String: String?]) throws -> Run {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("bagui-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let inURL = scratch.appendingPathComponent("stdin"), outURL = scratch.appendingPathComponent("stdout"),
            errURL = scratch.appendingPathComponent("stderr")
        try (stdin ?? Data()).write(to: inURL)
        try Data().write(to: outURL)
        try Data().write(to: errURL)
        let input = try FileHandle(forReadingFrom: inURL), output = try FileHandle(forWritingTo: outURL),
            error = try FileHandle(forWritingTo: errURL)
        defer { try? input.close(); try? output.close(); try? error.close() }

        var childEnvironment = ProcessInfo.processInfo.environment
        for (name, value) in environment { childEnvironment[name] = value }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = childEnvironment
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus,
            signalled: process.terminationReason == .uncaughtSignal,
            stdout: try Data(contentsOf: outURL),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self),
            arguments: arguments)
    }

    /// Runs `/bin/sh -c script arguments…`, for argument bytes a Swift `String` cannot carry.
    static func run(viaShell script: String, _ arguments: String..., sourceLocation: SourceLocation = #_sourceLocation) throws -> Run {
        try run(["-c", script] + arguments, executable: URL(fileURLWithPath: "/bin/sh"), stdin: nil, environment: [:])
    }

    /// Checks the error contract: non-zero exit, nothing on stdout, and one line on stderr that
    /// contains every one of `mentions` and no crash report.
    static func expectCleanFailure(
        _ run: Run, mentioning mentions: [String] = [], sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(run.status != 0, "\(run)", sourceLocation: sourceLocation)
        #expect(run.stdout.isEmpty, "stdout: \(run.stdoutText.prefix(200))", sourceLocation: sourceLocation)
        let lines = run.stderr.split(separator: "\n")
        #expect(lines.count == 1, "expected one line on stderr: \(run)", sourceLocation: sourceLocation)
        for crashSign in ["Fatal error", "Program crashed", "Stack dump", "backtrace", "Current stack trace", "SIGSEGV", "SIGILL", "0x0000"] {
            #expect(!run.stderr.contains(crashSign), "\(run)", sourceLocation: sourceLocation)
        }
        for mention in mentions {
            #expect(run.stderr.contains(mention), "stderr should mention \(mention): \(run)", sourceLocation: sourceLocation)
        }
        #expect(!run.signalled, "\(run)", sourceLocation: sourceLocation)
    }
}

/// Paths into this repository and its fetched model, found from this source file.
enum Repository {
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }  // Support → BaguiCLITests → Tests → repo
        return url
    }()

    /// `.cache/models/all-MiniLM-L6-v2`; fails the calling test when Scripts/fetch-minilm.sh has not run.
    static func requireMiniLM(sourceLocation: SourceLocation = #_sourceLocation) throws -> URL {
        let directory = root.appendingPathComponent(".cache/models/all-MiniLM-L6-v2")
        try #require(FileManager.default.fileExists(atPath: directory.appendingPathComponent("model.safetensors").path),
                     "all-MiniLM-L6-v2 is missing at \(directory.path); run Scripts/fetch-minilm.sh (make test does)",
                     sourceLocation: sourceLocation)
        return directory
    }

    /// `Tests/BaguiModelsTests/Fixtures/minilm/<name>.json`, decoded.
    static func miniLMFixture<T: Decodable>(_ name: String, as _: T.Type = T.self) throws -> T {
        let url = root.appendingPathComponent("Tests/BaguiModelsTests/Fixtures/minilm/\(name).json")
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(T.self, from: Data(contentsOf: url))
    }
}

/// sentence-transformers' output for `texts.json`, from `make_reference.py`.
struct MiniLMReference: Decodable {
    let embeddings: [[Float]]
    let inputIds: [[Int]]
    let tokenCounts: [Int]
    let tokenCountsUntruncated: [Int]

    static func load() throws -> (texts: [String], reference: MiniLMReference) {
        (try Repository.miniLMFixture("texts"), try Repository.miniLMFixture("reference"))
    }
}

/// One `{"index", "embedding"}` line of `bagui embed`.
struct EmbeddingLine: Decodable {
    let index: Int
    let embedding: [Float]
}

/// One `{"index", "ids", "tokens"}` line of `bagui tokenize`.
struct TokenLine: Decodable {
    let index: Int
    let ids: [Int]
    let tokens: [String]
}

/// Decodes each line of `run`'s standard output as `T`.
func decodeLines<T: Decodable>(_ run: BaguiBinary.Run, as _: T.Type) throws -> [T] {
    try run.stdoutLines.map { try JSONDecoder().decode(T.self, from: Data($0.utf8)) }
}

/// Largest absolute elementwise difference; infinite when the lengths differ.
func maxAbsDifference(_ a: [Float], _ b: [Float]) -> Float {
    guard a.count == b.count else { return .infinity }
    return zip(a, b).reduce(0) { max($0, abs($1.0 - $1.1)) }
}
