import BaguiBundles
import BaguiDomains
import BaguiJSON
import BaguiTestSupport
import Foundation
import Testing

/// The Swift safety layer reproduces the Python reference (`recipe/triage_safety.py`), which wrote
/// every golden case's `output`: the final level, the fired rules and their order, escalation,
/// department and notice, with the network's calibrated scores within 1e-4.
@Suite("triage-safety reproduces the Python reference on medical-triage's goldens")
struct TriageGoldenTests {
    @Test("every golden case, field by field")
    func goldenOutputs() throws {
        let directory = Repository.bundle("medical-triage")
        let bundle = try ModelBundle(directory: directory)
        let model = try bundle.load(plugins: .builtIn)
        let golden = try StrictJSONParser.parse(Data(contentsOf: directory.appendingPathComponent("golden.json")))
        let cases = try #require(golden["cases"]?.array)
        #expect(cases.count >= 10)
        for (i, goldenCase) in cases.enumerated() {
            let input = try #require(goldenCase["input"]), expected = try #require(goldenCase["output"]?.object)
            let result = try model.predict(input)
            for (key, value) in expected.members {
                let actual = try #require(result[key], "case \(i): result lacks \(key)")
                switch key {
                case "confidence":
                    #expect(abs((actual.double ?? .nan) - (value.double ?? .nan)) <= 1e-4, "case \(i) confidence")
                case "scores":
                    for (label, score) in value.object?.members ?? [] {
                        #expect(abs((actual[label]?.double ?? .nan) - (score.double ?? .nan)) <= 1e-4, "case \(i) score \(label)")
                    }
                default:
                    #expect(actual == value, "case \(i) \(key): Swift \(actual), Python \(value)")
                }
            }
            #expect(result["notice"]?.string == TriageSafetyPlugin.notice)
        }
    }

    @Test("a changed red_flags.json is refused at load")
    func tamperedRulesAreRefused() throws {
        let folder = try ModelsFolder(copying: ["medical-triage"])
        defer { folder.remove() }
        try folder.tamper("medical-triage", "red_flags.json", replacing: "\"targetLevel\": 1", with: "\"targetLevel\": 5")
        let bundle = try ModelBundle(directory: folder.directory.appendingPathComponent("medical-triage"))
        let error = #expect(throws: BundleError.self) { try bundle.load(plugins: .builtIn) }
        guard case .integrity(_, let file, _) = error else { Issue.record("expected an integrity error, got \(String(describing: error))"); return }
        #expect(file == "red_flags.json")
    }

    @Test("rules parsed once per hash are shared, and a changed file is still refused after that")
    func parsedRulesKeepTheHashCheck() throws {
        let folder = try ModelsFolder(copying: ["medical-triage"])
        defer { folder.remove() }
        let bundle = try ModelBundle(directory: folder.directory.appendingPathComponent("medical-triage"))
        let first = try RedFlagTable.load(from: bundle), again = try RedFlagTable.load(from: bundle)
        #expect(!first.rules.isEmpty && first.rules.map(\.id) == again.rules.map(\.id))
        try folder.tamper("medical-triage", "red_flags.json", replacing: "\"targetLevel\": 1", with: "\"targetLevel\": 5")
        let error = #expect(throws: BundleError.self) { try RedFlagTable.load(from: bundle) }
        guard case .integrity(_, let file, _) = error else { Issue.record("expected an integrity error, got \(String(describing: error))"); return }
        #expect(file == "red_flags.json")
    }
}
