import BaguiBundles
import BaguiDomains
import BaguiTestSupport
import Foundation
import Testing

/// The Swift rule layer fires exactly the rules the Python reference fired on thousands of corpus
/// texts (`recipe/rules_parity.json`, written by `recipe/rules_parity.py` from every medical test
/// text, train texts and the router's non-medical validation texts), so the recipe's figures hold
/// for what runs; the 23 goldens alone would not exercise the typo rules and the whole lexicon.
@Suite("red-flag rules: Swift fires what the Python reference fired")
struct RuleParityTests {
    @Test("every parity text fires the same rules, in the same order")
    func sameRules() throws {
        let bundle = try ModelBundle(directory: Repository.bundle("medical-triage"))
        let rules = try RedFlagTable(data: bundle.read("red_flags.json"), bundle: "medical-triage")
        let url = Repository.bundle("medical-triage").appendingPathComponent("recipe/rules_parity.json")
        let file = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        #expect(file["redFlags"] as? String == rules.version, "rules_parity.json was written for other rules: rerun the recipe")
        let cases = try #require(file["cases"] as? [[String: Any]])
        #expect(cases.count > 4000)
        var differ: [String] = []
        for item in cases {
            let text = try #require(item["text"] as? String), expected = try #require(item["fired"] as? [String])
            let fired = rules.firedRules(in: PhraseText(text)).map(\.id)
            if fired != expected { differ.append("\(text): Swift \(fired), Python \(expected)") }
        }
        #expect(differ.isEmpty, "\(differ.count) of \(cases.count) differ, e.g. \(differ.prefix(3))")
        #expect(cases.filter { !($0["fired"] as? [String] ?? []).isEmpty }.count > 1000)
    }
}
