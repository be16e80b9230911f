import Foundation
import Testing

/// Argument errors: non-zero exit, usage on stderr, nothing on stdout.
@Suite("bagui usage errors (end to end)")
struct UsageTests {
    @Test(
        "an unknown subcommand or option, or a missing or invalid one, prints usage on stderr",
        arguments: [
            (["frobnicate"], "bagui"),
            (["embed", "--model", "/nonexistent", "--frobnicate", "x"], "bagui embed"),
            (["embed", "hello"], "bagui embed"),
            (["embed", "--model", "/nonexistent", "--batch-size", "0", "x"], "bagui embed"),
            (["embed", "--model", "/nonexistent", "--batch-size", "many", "x"], "bagui embed"),
            (["tokenize", "hello"], "bagui tokenize"),
            (["inspect"], "bagui inspect"),
            (["doctor", "--verbose"], "bagui doctor"),
        ])
    func usage(arguments: [String], command: String) throws {
        let run = try BaguiBinary.run(arguments)
        #expect(run.status == 64, "\(run)")  // EX_USAGE, ArgumentParser's validation failure
        #expect(!run.signalled, "\(run)")
        #expect(run.stdout.isEmpty, "\(run.stdoutText)")
        #expect(run.stderr.contains("Usage: \(command)"), "\(run)")
        #expect(run.stderr.hasPrefix("Error: "), "\(run)")
        #expect(!run.stderr.contains("Fatal error"))
    }

    @Test("--batch-size 0 says why")
    func batchSizeZero() throws {
        let run = try BaguiBinary.run(["embed", "--model", "/nonexistent", "--batch-size", "0", "x"])
        #expect(run.stderr.contains("--batch-size must be at least 1"), "\(run)")
    }

    @Test("--version prints the version")
    func version() throws {
        let run = try BaguiBinary.run(["--version"])
        #expect(run.status == 0, "\(run)")
        #expect(run.stdoutText == "0.1.0\n")
    }
}
