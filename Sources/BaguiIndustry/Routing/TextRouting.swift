/// Routing stages 3–5 for free text, as a pure function of the router's calibrated scores: the best
/// in-scope domain answers when it clears the threshold, together with the runner-up when that one
/// is within the fan-out margin; otherwise no expert fits. Never a guess: below the threshold, or
/// when out of scope ranks first, the answer is out of scope.
public enum TextRouting {
    /// What the scores decide.
    public enum Decision: Sendable, Equatable {
        /// One domain, with its probability.
        case single(String, Double)
        /// Two close domains, best first.
        case fanOut([(String, Double)])
        /// No expert fits; the sentence says why.
        case outOfScope(reason: String, confidence: Double)

        public static func == (a: Decision, b: Decision) -> Bool {
            switch (a, b) {
            case let (.single(x, p), .single(y, q)): x == y && p == q
            case let (.fanOut(x), .fanOut(y)): x.elementsEqual(y, by: { $0 == $1 })
            case let (.outOfScope(r, p), .outOfScope(s, q)): r == s && p == q
            default: false
            }
        }
    }

    /// Decides from `scores` (label → calibrated probability, router label order).
    public static func decide(scores: [(String, Double)], outOfScope: String, threshold: Double, fanOutMargin: Double) -> Decision {
        let outOfScopeScore = scores.first { $0.0 == outOfScope }?.1 ?? 0
        let inScope = scores.filter { $0.0 != outOfScope }.sorted { $0.1 > $1.1 }
        guard let best = inScope.first else { return .outOfScope(reason: "the router has no in-scope labels", confidence: outOfScopeScore) }
        let second = inScope.dropFirst().first
        let format = { (p: Double) in String(format: "%.2f", p) }
        if outOfScopeScore >= best.1 {
            return .outOfScope(reason: "the router ranks \(outOfScope) first (\(format(outOfScopeScore)))", confidence: outOfScopeScore)
        }
        guard best.1 >= threshold else {
            return .outOfScope(reason: "the best domain, \(best.0), scores \(format(best.1)), below the threshold \(format(threshold))", confidence: 1 - best.1)
        }
        if let second, best.1 - second.1 <= fanOutMargin { return .fanOut([best, second]) }
        return .single(best.0, best.1)
    }
}
