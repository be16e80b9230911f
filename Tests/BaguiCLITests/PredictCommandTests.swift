import Foundation
import Testing

/// `bagui predict` end to end on the shipped bundles: inline, @file and stdin requests, JSON and
/// readable output, and requests the manifest refuses.
@Suite("bagui predict (end to end)")
struct PredictCommandTests {
    static let cane = Repository.root.appendingPathComponent("Models/sugarcane-yield").path
    static let ev = Repository.root.appendingPathComponent("Models/ev-battery-health").path

    /// The first golden case of a bundle: its input as JSON text and its expected output.
    func golden(_ bundle: String) throws -> (input: String, output: [String: Any]) {
        let data = try Data(contentsOf: URL(fileURLWithPath: bundle).appendingPathComponent("golden.json"))
        let json = try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
        let first = try #require((json["cases"] as? [[String: Any]])?.first)
        let input = String(decoding: try JSONSerialization.data(withJSONObject: try #require(first["input"])), as: UTF8.self)
        return (input, try #require(first["output"] as? [String: Any]))
    }

    @Test("inline, @file and stdin requests give the golden result as JSON")
    func requestForms() throws {
        let (input, output) = try golden(Self.cane)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("request-\(UUID().uuidString).json")
        try Data(input.utf8).write(to: file)
        let runs = try [
            BaguiBinary.run(["predict", "--model", Self.cane, "--input", input, "--json"]),
            BaguiBinary.run(["predict", "--model", Self.cane, "--input", "@\(file.path)", "--json"]),
            BaguiBinary.run(["predict", "--model", Self.cane, "--input", "-", "--json"], stdin: Data(input.utf8)),
        ]
        let expected = try #require(output["yield_t_ha"] as? Double)
        for run in runs {
            #expect(run.status == 0, "\(run)")
            let result = try #require(JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])
            let value = try #require(result["yield_t_ha"] as? Double)
            #expect(abs(value - expected) < 1e-3)
        }
    }

    @Test("the readable form names the bundle and each result field")
    func readableOutput() throws {
        let (input, _) = try golden(Self.ev)
        let run = try BaguiBinary.run(["predict", "--model", Self.ev, "--input", input])
        #expect(run.status == 0, "\(run)")
        for expected in ["ev-battery-health@", "soh_percent:", "fault:", "confidence:"] { #expect(run.stdoutText.contains(expected)) }
    }

    @Test("refused requests name the field and exit non-zero", arguments: [
        (#"{"planting_month": 3}"#, "crop_class"),
        (#"{"planting_month": "March", "crop_class": "plant"}"#, "planting_month"),
        ("not json", "invalid JSON"),
    ])
    func refusedRequests(input: String, mention: String) throws {
        BaguiBinary.expectCleanFailure(try BaguiBinary.run(["predict", "--model", Self.cane, "--input", input]), mentioning: [mention])
    }

    @Test("an out-of-range value and a wrong series shape are refused")
    func rangeAndShape() throws {
        var (input, _) = try golden(Self.cane)
        input = input.replacingOccurrences(of: #""planting_month":3"#, with: #""planting_month":13"#)
            .replacingOccurrences(of: #""planting_month": 3"#, with: #""planting_month": 13"#)
        BaguiBinary.expectCleanFailure(try BaguiBinary.run(["predict", "--model", Self.cane, "--input", input]), mentioning: ["planting_month", "range"])
        BaguiBinary.expectCleanFailure(try BaguiBinary.run(["predict", "--model", Self.ev, "--input", #"{"series": [[3.7, 1.0, 25.0, 0.5]]}"#]), mentioning: ["series", "64"])
    }

    @Test("a folder without a manifest is a clear error")
    func notABundle() throws {
        BaguiBinary.expectCleanFailure(try BaguiBinary.run(["predict", "--model", "/tmp", "--input", "{}"]), mentioning: ["manifest.json"])
    }
}
