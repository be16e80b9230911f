import ArgumentParser
import Bagui
import Foundation

/// `bagui ask`: one question to the industry model. The main command.
struct AskCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ask",
        abstract: "Ask the industry model: it picks the expert, says why, and refuses when none fits.",
        discussion: """
            Free text goes through the router to a domain's text expert; --features or --series go to the \
            expert whose inputs they fit; --expert or --domain name the source outright. Every text passes \
            the medical red-flag screen, whatever route it takes.
            """)

    @OptionGroup var registryOptions: RegistryOptions

    @Argument(help: "The question, in any language.")
    var text: String?

    @Option(name: .long, help: "NAME or NAME@VERSION of the expert that must answer.")
    var expert: String?

    @Option(name: .long, help: "The domain that must answer: sugar, ev or medical.")
    var domain: String?

    @Option(name: .long, help: "Input fields as a JSON object: inline, @FILE, or - for standard input.")
    var features: String?

    @Option(name: .long, help: "A time series as CSV, one time step per line (a header line of channel names is allowed).")
    var series: String?

    @Option(name: .long, help: "Language of the text (zh, en, vi, th, id, ms), for experts that answer in it.")
    var language: String?

    @Flag(name: .long, help: "Print the whole response as JSON.")
    var json = false

    func run() async throws {
        var request = AskRequest(text: text, expert: expert, domain: domain, language: language)
        if let features {
            let value = try StrictJSONParser.parse(try RequestText.read(features), limits: .init(maxDepth: 64))
            guard let object = value.object else { throw ValidationError("--features must be a JSON object of input fields") }
            request.features = object
        }
        if let series { request.series = try SeriesCSV.read(path: series) }
        let industry = try registryOptions.industry()
        let response = try await industry.ask(request)
        if json {
            print(String(decoding: try JSONEncoder.sorted.encode(JSONValue.object(response.json)), as: UTF8.self))
        } else {
            print(AnswerText.readable(response))
        }
    }
}

/// A charging segment (or any series) from a CSV file: one row per time step, numbers only, an
/// optional header.
enum SeriesCSV {
    static func read(path: String) throws -> JSONValue {
        guard let data = FileManager.default.contents(atPath: path), data.count <= RequestText.limit else {
            throw ValidationError("cannot read the series file \(path) (missing, unreadable or over 16 MiB)")
        }
        guard let text = String(data: data, encoding: .utf8) else { throw ValidationError("the series file \(path) is not UTF-8 text") }
        var rows: [JSONValue] = []
        for (number, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let cells = line.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            if cells.allSatisfy(\.isEmpty) { continue }
            let values = cells.map(Double.init)
            if values.contains(nil) {
                if rows.isEmpty && number == 0 { continue }  // the header
                throw ValidationError("\(path) line \(number + 1): every cell must be a number")
            }
            rows.append(.array(values.compactMap { $0 }.map(JSONValue.finite)))
        }
        guard !rows.isEmpty else { throw ValidationError("the series file \(path) has no rows") }
        return .array(rows)
    }
}

/// Responses for a person to read.
enum AnswerText {
    /// A few lines: route, answer, escalation, explanation, time.
    static func readable(_ response: AskResponse) -> String {
        var lines = [
            "domain:      \(response.domain)",
            "expert:      \(response.expert ?? "none")",
            "confidence:  \(String(format: "%.3f", response.confidence))",
            "answer:      \(headline(response.result))",
        ]
        if let result = response.result {
            for (key, value) in result.members { lines.append("  \(key): \(ReadableJSON.text(value))") }
        }
        for alternative in response.alternatives {
            lines.append("also:        \(alternative.domain) via \(alternative.expert ?? "none") (\(String(format: "%.3f", alternative.confidence))): \(headline(alternative.result))")
        }
        lines.append("escalate:    \(response.escalate ? "YES" : "no")")
        lines.append("why:         [\(response.explanation.stage)] \(response.explanation.reason)")
        if !response.explanation.routeScores.isEmpty {
            lines.append("scores:      " + response.explanation.routeScores.map { "\($0.0)=\(String(format: "%.3f", $0.1))" }.joined(separator: " "))
        }
        if !response.explanation.rulesFired.isEmpty { lines.append("red flags:   \(response.explanation.rulesFired.joined(separator: ", "))") }
        lines.append("time:        \(String(format: "%.1f", response.timings.totalMs)) ms (routing \(String(format: "%.1f", response.timings.routingMs)), expert \(String(format: "%.1f", response.timings.expertMs)), loading \(String(format: "%.1f", response.timings.loadingMs)))")
        lines.append("note:        \(response.disclaimer)")
        return lines.joined(separator: "\n")
    }

    /// Keys a headline never shows: probabilities, long texts, notices.
    private static let quietKeys: Set<String> = ["confidence", "scores", "notice", "advice", "adviceLanguage", "disclaimer", "modelAcuity", "level", "reasons", "redFlags", "vitalsFlags"]

    /// One line: the result's main values (`acuity=2_emergent escalate=true department=emergency`).
    static func headline(_ result: JSONObject?) -> String {
        guard let result else { return "no expert fits" }
        if let message = result["message"]?.string { return message }
        let parts = result.members.filter { !quietKeys.contains($0.key) }.prefix(3).map { "\($0.key)=\(ReadableJSON.text($0.value))" }
        let confidence = result["confidence"]?.double.map { String(format: " (%.2f)", $0) } ?? ""
        return parts.joined(separator: " ") + confidence
    }
}
