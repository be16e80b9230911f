import Bagui
import BaguiTestSupport
import Foundation
import Testing

/// The README's "Embedding the library" example compiles (it is this function's body) and runs, and
/// the README shows it verbatim.
@Suite("README embedding example")
struct ReadmeExampleTests {
    // readme-example:begin
    func example() async throws -> AskResponse {
        let industry = try IndustryModel.open(directories: [URL(fileURLWithPath: "Models")])
        let answer = try await industry.ask("Lá mía có sọc trắng, cây còi cọc, nhiều chồi nhỏ")
        print(answer.domain, answer.expert ?? "no expert fits", answer.escalate ? "ESCALATE" : "")
        print(answer.explanation.reason)
        return answer
    }
    // readme-example:end

    @Test("it runs from the repository root and the README shows exactly this code")
    func readmeShowsIt() async throws {
        // `swift test` runs from the package root, as a field tool runs from its own folder.
        try #require(FileManager.default.fileExists(atPath: "Models/industry.json"), "run the tests from the repository root")
        let answer = try await example()
        #expect(answer.domain == "sugar")

        let source = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
        let begin = try #require(source.range(of: "// readme-example:begin\n")), end = try #require(source.range(of: "    // readme-example:end"))
        let body = source[begin.upperBound..<end.lowerBound].split(separator: "\n").dropFirst().dropLast(2)
            .map { $0.hasPrefix("        ") ? String($0.dropFirst(8)) : String($0) }.joined(separator: "\n")
        let readme = try String(contentsOf: Repository.root.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains(body), "README.md must show:\n\(body)")
    }
}
