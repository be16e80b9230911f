import BaguiIndustry
import Testing

@Suite("Text routing decisions from router scores")
struct TextRoutingTests {
    func decide(_ sugar: Double, _ ev: Double, _ medical: Double, _ out: Double) -> TextRouting.Decision {
        TextRouting.decide(scores: [("sugar", sugar), ("ev", ev), ("medical", medical), ("out_of_scope", out)],
                           outOfScope: "out_of_scope", threshold: 0.5, fanOutMargin: 0.15)
    }

    @Test func confidentDomain() { #expect(decide(0.9, 0.05, 0.03, 0.02) == .single("sugar", 0.9)) }

    @Test func routerSaysOutOfScope() {
        guard case .outOfScope = decide(0.2, 0.1, 0.1, 0.6) else { Issue.record("expected out of scope"); return }
    }

    @Test func belowThresholdIsRefusedNotGuessed() {
        guard case .outOfScope(let reason, _) = decide(0.45, 0.1, 0.05, 0.40) else { Issue.record("expected out of scope"); return }
        #expect(reason.contains("below the threshold"))
    }

    @Test func closeDomainsFanOut() {
        #expect(decide(0.52, 0.02, 0.42, 0.04) == .fanOut([("sugar", 0.52), ("medical", 0.42)]))
        #expect(decide(0.30, 0.05, 0.25, 0.40) != .fanOut([("sugar", 0.30), ("medical", 0.25)]))  // out of scope leads
        guard case .outOfScope = decide(0.46, 0.05, 0.44, 0.05) else { Issue.record("close but below the threshold: refused"); return }
    }
}
