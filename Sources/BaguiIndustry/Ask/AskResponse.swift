import BaguiJSON

/// The industry model's answer, in one documented shape (`Models/README.md`, "The industry model").
public struct AskResponse: Sendable, Equatable {
    /// One expert's answer.
    public struct Answer: Sendable, Equatable {
        /// The domain answered for.
        public var domain: String
        /// `name@version`, or nil when no expert answered.
        public var expert: String?
        /// The routing probability of this domain (1 for explicit and schema routes).
        public var confidence: Double
        /// The expert's output, or a message when no expert answered.
        public var result: JSONObject
    }

    /// Why this answer: every candidate's score, the deciding stage, the rules that fired.
    public struct Explanation: Sendable, Equatable {
        /// `explicit`, `schema`, `router`, `fan-out`, `out-of-scope`, `script`, `fallback`.
        public var stage: String
        /// Router probability per label (empty when the router did not run), in label order.
        public var routeScores: [(String, Double)]
        /// The router threshold in force.
        public var threshold: Double?
        /// Ids of the red-flag rules that fired on the text, on whatever route it took.
        public var rulesFired: [String]
        /// One sentence.
        public var reason: String
        /// Request features the answering expert does not take.
        public var ignoredFeatures: [String]

        public static func == (a: Explanation, b: Explanation) -> Bool {
            a.stage == b.stage && a.routeScores.elementsEqual(b.routeScores, by: { $0 == $1 }) && a.threshold == b.threshold
                && a.rulesFired == b.rulesFired && a.reason == b.reason && a.ignoredFeatures == b.ignoredFeatures
        }
    }

    /// Milliseconds spent routing (safety screen, router forward pass, schema match), in experts'
    /// forward passes, and loading bundles on first use; they add up to the total.
    public struct Timings: Sendable, Equatable {
        public var routingMs: Double
        public var expertMs: Double
        public var loadingMs: Double
        public var totalMs: Double
    }

    /// The primary answer's domain, or `out_of_scope`.
    public var domain: String
    /// The primary answer's expert, `name@version`; nil when none fits.
    public var expert: String?
    /// The primary answer's routing confidence.
    public var confidence: Double
    /// The primary answer's output; nil when no expert fits.
    public var result: JSONObject?
    /// True whenever a red flag fired (on any route) or an expert escalated.
    public var escalate: Bool
    /// Further answers, ranked (fan-out).
    public var alternatives: [Answer]
    public var explanation: Explanation
    /// Decision support, not advice or diagnosis.
    public var disclaimer: String
    public var timings: Timings

    /// The response as JSON, fields in the documented order.
    public var json: JSONObject {
        var object = JSONObject()
        object.insert("domain", .string(domain))
        object.insert("expert", expert.map(JSONValue.string) ?? .null)
        object.insert("confidence", .finite(confidence))
        object.insert("result", result.map(JSONValue.object) ?? .null)
        object.insert("escalate", .bool(escalate))
        object.insert("alternatives", .array(alternatives.map { answer in
            var item = JSONObject()
            item.insert("domain", .string(answer.domain))
            item.insert("expert", answer.expert.map(JSONValue.string) ?? .null)
            item.insert("confidence", .finite(answer.confidence))
            item.insert("result", .object(answer.result))
            return .object(item)
        }))
        var explanation = JSONObject()
        explanation.insert("stage", .string(self.explanation.stage))
        var scores = JSONObject()
        for (label, score) in self.explanation.routeScores { scores.insert(label, .finite(score)) }
        explanation.insert("routeScores", .object(scores))
        explanation.insert("threshold", self.explanation.threshold.map(JSONValue.finite) ?? .null)
        explanation.insert("rulesFired", .array(self.explanation.rulesFired.map(JSONValue.string)))
        explanation.insert("reason", .string(self.explanation.reason))
        if !self.explanation.ignoredFeatures.isEmpty {
            explanation.insert("ignoredFeatures", .array(self.explanation.ignoredFeatures.map(JSONValue.string)))
        }
        object.insert("explanation", .object(explanation))
        object.insert("disclaimer", .string(disclaimer))
        var timings = JSONObject()
        timings.insert("routingMs", .finite(self.timings.routingMs))
        timings.insert("expertMs", .finite(self.timings.expertMs))
        timings.insert("loadingMs", .finite(self.timings.loadingMs))
        timings.insert("totalMs", .finite(self.timings.totalMs))
        object.insert("timings", .object(timings))
        return object
    }
}
