import Foundation
import Testing

/// `bagui embed`, run as a process: JSON Lines in input order, equal to sentence-transformers.
@Suite("bagui embed (end to end)")
struct EmbedCommandTests {
    /// Short texts from `texts.json` in several scripts, none with a newline.
    static let sample = [0, 1, 15, 56, 61, 37, 44, 19]

    @Test("texts as arguments and on stdin (CRLF, trailing newline) give the same vectors, in order, matching sentence-transformers")
    func argumentsAndStdinMatchReference() throws {
        let model = try Repository.requireMiniLM()
        let (texts, reference) = try MiniLMReference.load()
        let inputs = Self.sample.map { texts[$0] }
        #expect(inputs.allSatisfy { !$0.contains("\n") && !$0.contains("\r") })

        let fromArguments = try BaguiBinary.run(["embed", "--model", model.path] + inputs)
        try #require(fromArguments.status == 0, "\(fromArguments)")
        let stdin = Data((inputs.joined(separator: "\r\n") + "\r\n").utf8)
        let fromStdin = try BaguiBinary.run(["embed", "--model", model.path], stdin: stdin)
        try #require(fromStdin.status == 0, "\(fromStdin)")

        let argumentLines = try decodeLines(fromArguments, as: EmbeddingLine.self)
        let stdinLines = try decodeLines(fromStdin, as: EmbeddingLine.self)
        #expect(argumentLines.map(\.index) == Array(inputs.indices))
        #expect(stdinLines.map(\.index) == Array(inputs.indices))
        #expect(argumentLines.map(\.embedding) == stdinLines.map(\.embedding))
        for (line, textIndex) in zip(argumentLines, Self.sample) {
            #expect(line.embedding.count == 384)
            let difference = maxAbsDifference(line.embedding, reference.embeddings[textIndex])
            #expect(difference < 1e-4, "text \(textIndex) \(texts[textIndex].debugDescription): max |Δ| = \(difference)")
        }
    }

    @Test("--batch-size 1 and --batch-size 7 give the same vectors within 1e-5")
    func batchSizeDoesNotChangeResults() throws {
        let model = try Repository.requireMiniLM()
        let (texts, reference) = try MiniLMReference.load()
        // Lengths from 3 to 73 tokens, so batches of 7 pad heavily and the last batch is partial.
        let chosen = [0, 15, 80, 22, 63, 27, 57, 93, 19]
        let inputs = chosen.map { texts[$0] }
        let one = try BaguiBinary.run(["embed", "--model", model.path, "--batch-size", "1"] + inputs)
        let seven = try BaguiBinary.run(["embed", "--model", model.path, "--batch-size", "7"] + inputs)
        try #require(one.status == 0, "\(one)")
        try #require(seven.status == 0, "\(seven)")
        let a = try decodeLines(one, as: EmbeddingLine.self), b = try decodeLines(seven, as: EmbeddingLine.self)
        try #require(a.count == inputs.count && b.count == inputs.count)
        for i in inputs.indices {
            #expect(a[i].index == i && b[i].index == i)
            #expect(maxAbsDifference(a[i].embedding, b[i].embedding) < 1e-5, "text \(chosen[i])")
            #expect(maxAbsDifference(a[i].embedding, reference.embeddings[chosen[i]]) < 1e-4, "text \(chosen[i])")
        }
    }

    @Test("invalid UTF-8 on stdin is refused, naming the line")
    func invalidUTF8OnStdin() throws {
        let model = try Repository.requireMiniLM()
        let stdin = Data("fine\n".utf8) + Data([0x62, 0x61, 0x64, 0xFF, 0x0A]) + Data("also fine\n".utf8)
        let run = try BaguiBinary.run(["embed", "--model", model.path], stdin: stdin)
        BaguiBinary.expectCleanFailure(run, mentioning: ["line 2", "UTF-8"])
    }
}
