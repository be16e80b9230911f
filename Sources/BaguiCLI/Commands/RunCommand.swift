import ArgumentParser
import Bagui
import Foundation

/// `bagui run`: the main job. The industry model answers a bundled sample of multilingual requests
/// (`Models/samples.jsonl`), one table row each.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run the industry model over the bundled sample requests and print a table.",
        discussion: "Each line of the samples file is one request object, as for POST /v1/ask: text, expert, domain, features, series, language.")

    @OptionGroup var registryOptions: RegistryOptions

    @Option(name: .long, help: "The requests, one JSON object per line (default: samples.jsonl in the first models directory).")
    var samples: String?

    @Flag(name: .long, help: "Print one JSON response per line instead of the table.")
    var json = false

    func run() async throws {
        let industry = try registryOptions.industry()
        let path = samples ?? registryOptions.directories[0].appendingPathComponent("samples.jsonl").path
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw ValidationError("cannot read the samples file \(path) as UTF-8 text")
        }
        var rows: [[String]] = []
        var output = StandardOutput()
        for (number, line) in text.split(whereSeparator: \.isNewline).enumerated() where !line.allSatisfy(\.isWhitespace) {
            let request: AskRequest
            do { request = try AskRequest(json: StrictJSONParser.parse(Data(line.utf8), limits: .init(maxDepth: 64))) }
            catch { throw ValidationError("\(path) line \(number + 1): \(error)") }
            do {
                let response = try await industry.ask(request)
                if json { output.write(String(decoding: try JSONEncoder.sorted.encode(JSONValue.object(response.json)), as: UTF8.self)) }
                rows.append([question(request), response.domain, response.expert ?? "-",
                             (response.escalate ? "⚠ " : "") + AnswerText.headline(response.result),
                             String(format: "%.2f", response.confidence), String(format: "%.1f", response.timings.totalMs)])
            } catch {
                rows.append([question(request), "error", "-", "\(error)", "-", "-"])
            }
        }
        if json {
            output.flush()
            return
        }
        print(TextTable(columns: ["question", "domain", "expert", "answer", "conf.", "ms"], maxWidth: 44).render(rows))
        print("\n⚠ = escalate (a red flag fired or the expert escalated). Times include loading each expert on first use.")
    }

    /// The request as a short question: its text, or a summary of its payload.
    private func question(_ request: AskRequest) -> String {
        if let text = request.text { return text }
        if let rows = request.series?.array { return "series: \(rows.count) steps × \(rows.first?.array?.count ?? 0)" }
        let keys = request.features?.keys ?? []
        return "features: " + keys.prefix(4).joined(separator: ", ") + (keys.count > 4 ? ", …" : "")
    }
}
