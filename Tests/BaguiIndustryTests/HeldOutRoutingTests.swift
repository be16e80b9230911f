import BaguiIndustry
import BaguiJSON
import BaguiTestSupport
import Foundation
import Testing

/// The industry model on the router's held-out multilingual set (`Models/industry-router/heldout.jsonl`,
/// drawn from its test split: templates and phrasings never seen in training). The bars are
/// ≥ 95 % of in-scope requests routed to the right domain and ≥ 90 % of out-of-scope ones refused.
/// Router 1.7.1 meets both bars: in scope 404/420 = 0.962 routed right (1.7.0: 0.957, 1.6.0: 0.950, 1.5.1: 0.957, 1.5.0: 0.955,
/// 1.4.0: 0.948), out of scope 191/200 = 0.955 refused (1.7.0: 0.955, 1.6.0: 0.965, 1.5.1: 0.965, 1.5.0: 0.96, 1.4.0: 0.94). The bars are asserted as they are; the measured levels are held as floors that a regression
/// breaks.
@Suite("Routing on the held-out multilingual set")
struct HeldOutRoutingTests {
    /// Measured with router 1.7.1 on 2026-12-03: in scope 404/420 = 0.962 (floor at the bar: the router is chosen on
    /// validation and blind fresh messages, not on this set), out of scope refused 191/200 = 0.955, less a margin. The test split is unchanged since the third edition; heldout.jsonl drops a test text also seen in train
    /// or validation, so six of its 620 lines changed with the seventh edition's train data.
    static let inScopeFloor = 0.95, outOfScopeFloor = 0.93

    @Test("in-scope requests reach their domain; out-of-scope ones are refused")
    func heldOut() async throws {
        let industry = try #require(Shipped.industry)
        let url = Repository.bundle("industry-router").appendingPathComponent("heldout.jsonl")
        let text = try String(contentsOf: url, encoding: .utf8)
        var inScope = (right: 0, total: 0), outOfScope = (refused: 0, total: 0)
        var perLanguage: [String: (right: Int, total: Int)] = [:]
        for line in text.split(separator: "\n") {
            let row = try StrictJSONParser.parse(Data(line.utf8))
            let sample = try #require(row["text"]?.string), domain = try #require(row["domain"]?.string)
            let language = row["language"]?.string ?? "?"
            let response = try await industry.ask(sample)
            let right = response.domain == domain
            perLanguage[language, default: (0, 0)].total += 1
            if right { perLanguage[language, default: (0, 0)].right += 1 }
            if domain == "out_of_scope" {
                outOfScope.total += 1
                if right { outOfScope.refused += 1 }
            } else {
                inScope.total += 1
                if right { inScope.right += 1 }
            }
        }
        let inRate = Double(inScope.right) / Double(max(inScope.total, 1)), outRate = Double(outOfScope.refused) / Double(max(outOfScope.total, 1))
        let languages = perLanguage.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value.right)/\($0.value.total)" }.joined(separator: ", ")
        print("held-out routing: in-scope \(inScope.right)/\(inScope.total) = \(inRate), out-of-scope refused \(outOfScope.refused)/\(outOfScope.total) = \(outRate); \(languages)")
        #expect(inScope.total >= 200 && outOfScope.total >= 50)
        #expect(Set(perLanguage.keys).isSuperset(of: ["zh", "en", "vi", "th", "id", "ms"]))
        #expect(inRate >= Self.inScopeFloor, "in-scope routed right: \(inRate), below the floor \(Self.inScopeFloor)")
        #expect(outRate >= Self.outOfScopeFloor, "out-of-scope refused: \(outRate), below the floor \(Self.outOfScopeFloor)")
        #expect(inRate >= 0.95, "in scope routed right \(inRate), below the issue's bar of 0.95")
        #expect(outRate >= 0.90, "out of scope refused \(outRate), below the issue's bar of 0.90")
    }
}
