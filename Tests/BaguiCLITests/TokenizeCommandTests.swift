import Foundation
import Testing

/// `bagui tokenize`, run as a process, against the ids Python `tokenizers` gave for `texts.json`.
@Suite("bagui tokenize (end to end)")
struct TokenizeCommandTests {
    /// tokenizer.json of all-MiniLM-L6-v2 truncates at 128 tokens; the reference was cut at 256.
    static let maxLength = 128
    static let sep = 102

    @Test("ids equal Python tokenizers' for every reference text; long texts are cut at 128 by the file's own truncation")
    func idsMatchPython() throws {
        let model = try Repository.requireMiniLM()
        let (texts, reference) = try MiniLMReference.load()
        let run = try BaguiBinary.run(["tokenize", "--model", model.path] + texts)
        try #require(run.status == 0, "\(run)")
        let lines = try decodeLines(run, as: TokenLine.self)
        try #require(lines.count == texts.count)
        var compared = 0, truncated = 0
        for (i, line) in lines.enumerated() {
            #expect(line.index == i)
            #expect(line.tokens.count == line.ids.count)
            #expect(line.tokens.first == "[CLS]" && line.tokens.last == "[SEP]", "text \(i)")
            if reference.tokenCountsUntruncated[i] <= Self.maxLength {
                // Not truncated by either side: the ids must be identical.
                #expect(line.ids == reference.inputIds[i], "text \(i) \(texts[i].debugDescription)")
                compared += 1
            } else {
                let expected = Array(reference.inputIds[i].prefix(Self.maxLength - 1)) + [Self.sep]
                #expect(line.ids == expected, "text \(i) (truncated)")
                truncated += 1
            }
        }
        #expect(compared > 80 && truncated > 0)
    }

    @Test("stdin with CRLF gives the same lines as arguments; the model may be the tokenizer.json file itself")
    func stdinAndFile() throws {
        let model = try Repository.requireMiniLM()
        let (texts, reference) = try MiniLMReference.load()
        let chosen = [56, 37, 61]
        let inputs = chosen.map { texts[$0] }
        let fromArguments = try BaguiBinary.run(["tokenize", "--model", model.path] + inputs)
        let fromStdin = try BaguiBinary.run(
            ["tokenize", "--model", model.appendingPathComponent("tokenizer.json").path],
            stdin: Data((inputs.joined(separator: "\r\n") + "\r\n").utf8))
        try #require(fromArguments.status == 0, "\(fromArguments)")
        try #require(fromStdin.status == 0, "\(fromStdin)")
        #expect(fromArguments.stdoutLines.count == inputs.count)
        #expect(fromArguments.stdout == fromStdin.stdout)
        #expect(try decodeLines(fromStdin, as: TokenLine.self).map(\.ids) == chosen.map { reference.inputIds[$0] })
    }

    @Test("invalid UTF-8 on stdin is refused, naming the line")
    func invalidUTF8OnStdin() throws {
        let model = try Repository.requireMiniLM()
        let stdin = Data("one\r\ntwo\r\n".utf8) + Data([0xC0, 0xAF, 0x0A])
        let run = try BaguiBinary.run(["tokenize", "--model", model.path], stdin: stdin)
        BaguiBinary.expectCleanFailure(run, mentioning: ["line 3", "UTF-8"])
    }

    @Test("invalid UTF-8 in an argument is refused as on stdin, not silently replaced")
    func invalidUTF8Argument() throws {
        let model = try Repository.requireMiniLM()
        // Foundation's Process takes Strings, which cannot hold invalid UTF-8; a shell builds the byte.
        let executable = try BaguiBinary.requireExecutable()
        let run = try BaguiBinary.run(
            viaShell: #"exec "$0" tokenize --model "$1" fine "$(printf 'caf\351')""#, executable.path, model.path)
        BaguiBinary.expectCleanFailure(run, mentioning: ["UTF-8"])
    }

    @Test("a missing tokenizer is one clear line naming the file")
    func missingTokenizer() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("bagui-no-tokenizer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try BaguiBinary.run(["tokenize", "--model", directory.path, "hello"])
        BaguiBinary.expectCleanFailure(run, mentioning: ["tokenizer.json"])
    }
}
