/// `Models/industry.json` (schema `bagui.industry/1`) as written: which experts make up the
/// industry model, how free text is routed, and the policies every answer follows. Checked into an
/// ``IndustryPlan`` against the registry before anything is served (`Models/README.md` documents it).
public struct CompositionFile: Decodable, Sendable, Equatable {
    /// The free-text router.
    public struct Router: Decodable, Sendable, Equatable {
        /// The router bundle (`name` or `name@version`).
        public var expert: String
        /// Below this calibrated top probability, no expert fits.
        public var threshold: Double
        /// The router label meaning "none of the experts".
        public var outOfScope: String
        /// When the two best in-scope domains are this close, both experts answer.
        public var fanOutMargin: Double
        /// The scripts the experts read; text mostly in others is out of scope whatever the router
        /// says. Nil: the router alone decides.
        public var scripts: ScriptGate?
    }

    /// Stage 4's script gate: text whose letters are mostly in scripts the experts do not read
    /// (Tamil, Amharic, Hangul for experts of Latin, Han and Thai) gets no expert, even when the
    /// router, never trained on that script, would pick a domain.
    public struct ScriptGate: Decodable, Sendable, Equatable {
        /// Script names, from `ScriptSet.namePrefixes` (`Latin`, `Han`, `Thai`, …).
        public var supported: [String]
        /// Below this share of letters in `supported` scripts, no expert fits (0…1).
        public var minLetterShare: Double

        public init(supported: [String], minLetterShare: Double) {
            self.supported = supported
            self.minLetterShare = minLetterShare
        }
    }

    /// One domain: the experts that answer it.
    public struct Route: Decodable, Sendable, Equatable {
        /// The domain, a router label (`sugar`) unless the route only takes structured payloads.
        public var domain: String
        /// The expert for free text in this domain, or nil when the domain has none.
        public var text: String?
        /// Experts for structured payloads (features, series), chosen by the schema they fit.
        public var structured: [String]?
        /// The route taken when the text expert cannot answer (not loadable): another domain, or the
        /// out-of-scope label. Nil means out of scope.
        public var fallback: String?
        /// What to tell a person whose free text reaches a domain without a text expert.
        public var message: String?

        public init(domain: String, text: String?, structured: [String]?, fallback: String?, message: String?) {
            self.domain = domain
            self.text = text
            self.structured = structured
            self.fallback = fallback
            self.message = message
        }
    }

    /// Rules every answer follows.
    public struct Policies: Decodable, Sendable, Equatable {
        /// Where this deployment processes data (`CN`, `ASEAN`, `on-device`): every expert's manifest
        /// must allow it in `policy.processingRegions` (cross-border data rules).
        public var processingRegion: String
        /// The bundle whose `red_flags.json` screens every free text, on every route.
        public var safetyRules: String
        /// Longest free text accepted, in characters.
        public var maxTextCharacters: Int
        /// The notice on every answer.
        public var disclaimer: String
    }

    /// Always `bagui.industry/1`.
    public var schema: String
    /// The name clients use for the composed model (`industry`).
    public var name: String
    /// Semantic version of the composition.
    public var version: String
    /// One line.
    public var description: String
    public var router: Router
    public var routes: [Route]
    public var policies: Policies
}
