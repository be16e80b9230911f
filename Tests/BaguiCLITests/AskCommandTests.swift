import BaguiTestSupport
import Foundation
import Testing

/// `bagui ask` and `bagui run`, the industry model's commands, end to end through the real binary.
@Suite("bagui ask and bagui run (end to end)")
struct AskCommandTests {
    static let models = Repository.root.appendingPathComponent("Models").path

    func ask(_ arguments: [String], stdin: Data? = nil) throws -> BaguiBinary.Run {
        try BaguiBinary.run(["ask", "--models", Self.models] + arguments, stdin: stdin)
    }

    func json(_ run: BaguiBinary.Run) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: run.stdout) as? [String: Any], "\(run)")
    }

    @Test("free text is routed to its expert, with the documented response as JSON")
    func routesText() throws {
        let run = try ask(["--json", "ngọn mía mọc ra roi đen có bột đen"])
        #expect(run.status == 0, "\(run)")
        let response = try json(run)
        #expect(response["domain"] as? String == "sugar")
        #expect(response["expert"] as? String == "sugarcane-disease@1.3.0")
        #expect((response["explanation"] as? [String: Any])?["stage"] as? String != nil)
        #expect((response["timings"] as? [String: Any])?["totalMs"] as? Double != nil)
    }

    @Test("the readable form shows domain, expert, answer, escalation and why")
    func readable() throws {
        let run = try ask(["crushing chest pain spreading to my jaw and I'm sweating"])
        #expect(run.status == 0, "\(run)")
        for fragment in ["domain:      medical", "expert:      medical-triage@1.4.0", "escalate:    YES", "red flags:", "why:"] {
            #expect(run.stdoutText.contains(fragment), "missing \(fragment) in \(run.stdoutText)")
        }
    }

    @Test("--features, --series and --expert pick the structured experts")
    func structured() throws {
        let golden = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Self.models + "/sugarcane-yield/golden.json"))) as? [String: Any]
        let features = try #require((golden?["cases"] as? [[String: Any]])?.first?["input"])
        let yield = try ask(["--json", "--features", String(decoding: try JSONSerialization.data(withJSONObject: features), as: UTF8.self)])
        #expect(try json(yield)["expert"] as? String == "sugarcane-yield@0.3.0", "\(yield)")

        let battery = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Self.models + "/ev-battery-health/golden.json"))) as? [String: Any]
        let steps = try #require(((battery?["cases"] as? [[String: Any]])?.first?["input"] as? [String: Any])?["series"] as? [[Double]])
        let csv = FileManager.default.temporaryDirectory.appendingPathComponent("series-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: csv) }
        try ("voltage,current,temperature,soc\n" + steps.map { $0.map { String($0) }.joined(separator: ",") }.joined(separator: "\n")).write(to: csv, atomically: true, encoding: .utf8)
        let series = try ask(["--json", "--series", csv.path])
        #expect(try json(series)["expert"] as? String == "ev-battery-health@0.1.0", "\(series)")

        let explicit = try ask(["--json", "--expert", "medical-triage", "mild headache"])
        #expect(try json(explicit)["expert"] as? String == "medical-triage@1.4.0")
    }

    @Test("bad input is one sentence on stderr and a non-zero exit", arguments: [
        ([""], "empty"),
        (["--expert", "durian-ripeness", "hello"], "durian-ripeness"),
        (["--features", "{\"planting_month\": 13}"], "planting_month"),
        (["--features", "[1, 2"], "JSON"),
        (["--series", "/nonexistent.csv"], "cannot read"),
        ([String](), "needs text, features or series"),
    ])
    func badInput(arguments: [String], fragment: String) throws {
        let run = try ask(arguments)
        #expect(run.status != 0 && !run.signalled, "\(run)")
        #expect(run.stderr.contains(fragment), "\(run)")
        #expect(!run.stderr.contains("Fatal error") && run.stdout.isEmpty)
    }

    @Test("bagui run answers every bundled sample: every expert and out-of-scope appear")
    func mainJob() throws {
        let table = try BaguiBinary.run(["run", "--models", Self.models])
        #expect(table.status == 0, "\(table)")
        #expect(table.stdoutLines.first?.hasPrefix("question") == true)
        let run = try BaguiBinary.run(["run", "--models", Self.models, "--json"])
        #expect(run.status == 0, "\(run)")
        let samples = try String(contentsOfFile: Self.models + "/samples.jsonl", encoding: .utf8).split(separator: "\n")
        let responses = try run.stdoutLines.map { try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(responses.count == samples.count, "every sample answered without an error")
        let experts = Set(responses.compactMap { $0["expert"] as? String }.map { $0.split(separator: "@")[0] })
        #expect(experts == ["sugarcane-disease", "sugarcane-yield", "ev-battery-health", "medical-triage"])
        #expect(responses.contains { $0["domain"] as? String == "out_of_scope" })
        #expect(responses.contains { $0["escalate"] as? Bool == true })
    }
}
