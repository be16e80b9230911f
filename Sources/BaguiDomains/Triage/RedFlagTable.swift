import BaguiBundles
import BaguiJSON
import Foundation

/// `red_flags.json` (schema `bagui.red-flags/1`): the triage safety layer's rules, which no model
/// output can override. Phrase rules are written per language; vitals rules encode the ESI v4
/// danger zones; `abstention` says when the model's answer is not trusted. The Python reference is
/// `Models/medical-triage/recipe/triage_safety.py`; this type follows it rule for rule.
public struct RedFlagTable: Sendable {
    /// A red-flag phrase rule ("chest pain with sweating", BE-FAST stroke signs, ...).
    public struct PhraseRule: Sendable {
        /// Reason code, e.g. `chest_pain`.
        public let id: String
        /// Most urgent level the rule imposes (1 = immediate).
        public let targetLevel: Int
        let patterns: PhrasePatterns
    }

    /// A vital-sign danger zone, e.g. `spo2 < 92` → level 2.
    public struct VitalsRule: Sendable {
        /// Comparison between the field and the threshold.
        public enum Comparison: String, Sendable, Decodable { case less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">=", oneOf = "in" }
        /// Reason code, e.g. `spo2_danger`.
        public let id: String
        /// The request field compared (`heart_rate`, `consciousness`, ...).
        public let field: String
        public let comparison: Comparison
        let threshold: Double?
        let categories: [String]?
        /// `[lo, hi)` in years, `hi` nil for no upper bound; nil when the rule applies at any age.
        let ages: (lower: Double, upper: Double?)?
        /// With `ages`: whether the rule also applies when the age is not given.
        let whenAgeUnknown: Bool
        /// Most urgent level the rule imposes.
        public let targetLevel: Int

        /// Whether the rule fires on these vitals; absent fields never fire.
        func fires(numbers: [String: Double], categories given: [String: String]) -> Bool {
            if let ages {
                if let age = numbers["age_years"] {
                    guard age >= ages.lower, ages.upper.map({ age < $0 }) ?? true else { return false }
                } else if !whenAgeUnknown {
                    return false
                }
            }
            if comparison == .oneOf {
                guard let value = given[field] else { return false }
                return categories?.contains(value) ?? false
            }
            guard let value = numbers[field], let threshold else { return false }
            switch comparison {
            case .less: return value < threshold
            case .lessOrEqual: return value <= threshold
            case .greater: return value > threshold
            case .greaterOrEqual: return value >= threshold
            case .oneOf: return false
            }
        }
    }

    /// When the network's answer is not trusted.
    public struct Abstention: Sendable, Decodable {
        /// Below this calibrated top probability the result escalates.
        public let minConfidence: Double
        /// With low confidence, the most urgent level with at least this probability is taken.
        public let predictionSetMinProbability: Double
        let unfamiliarInput: UnfamiliarInput

        struct UnfamiliarInput: Sendable, Decodable {
            let minLetters: Int
            let minSupportedLetterFraction: Double
        }
    }

    /// Version of the rule file.
    public let version: String
    /// The phrase rules, in file order.
    public let rules: [PhraseRule]
    /// The vitals rules, in file order.
    public let vitalsRules: [VitalsRule]
    /// The abstention policy.
    public let abstention: Abstention
    private let index: PhraseIndex
    /// The typo-tolerant rule over the same terms; nil when the file has no "fuzzy" section.
    private let typos: TypoTolerantTerms?

    /// The rules of `bundle`'s `file`, read through ``ModelBundle/read(_:)`` (so checked against
    /// the manifest's SHA-256 on every call) and parsed once per process for each hash: the
    /// industry model's red-flag screen and the triage plugin load the same file, and parsing and
    /// indexing it was a fifth of a cold `bagui ask` on a medical question (perf).
    public static func load(from bundle: ModelBundle, file: String = "red_flags.json") throws -> RedFlagTable {
        let data = try bundle.read(file)
        let parse = { try RedFlagTable(data: data, bundle: bundle.manifest.name, file: file) }
        guard let sha256 = bundle.manifest.files[file] else { return try parse() }
        return try parsed.value(sha256: sha256, parse: parse)
    }

    private static let parsed = ParsedFileCache<RedFlagTable>()

    /// Parses and checks `data`; `bundle` and `file` name it in errors.
    public init(data: Data, bundle: String, file: String = "red_flags.json") throws {
        func invalid(_ reason: String) -> BundleError { .invalidPluginData(bundle: bundle, file: file, reason: reason) }
        let raw = try ModelBundle.decodePluginData(RawTable.self, from: data, bundle: bundle, file: file)
        guard raw.schema == "bagui.red-flags/1" else { throw invalid("schema is \"\(raw.schema)\", expected \"bagui.red-flags/1\"") }
        let levels = 1...5
        var index = PhraseIndex()
        var rules: [PhraseRule] = []
        for rule in raw.rules {
            guard levels.contains(rule.targetLevel) else { throw invalid("rule \(rule.id) has targetLevel \(rule.targetLevel), outside 1…5") }
            guard !rule.patterns.isEmpty else { throw invalid("rule \(rule.id) has no patterns") }
            rules.append(PhraseRule(id: rule.id, targetLevel: rule.targetLevel, patterns: PhrasePatterns(rule.patterns, index: &index)))
        }
        self.rules = rules
        self.index = index
        if let fuzzy = raw.matching?.fuzzy {
            guard fuzzy.minWordLength >= 2 else { throw invalid("matching.fuzzy.minWordLength must be at least 2") }
            // a typo rule without its dictionary would read real words ("sejak") as typos of red flags ("sesak")
            guard let words = raw.knownWords, !words.isEmpty else { throw invalid("matching.fuzzy needs a non-empty knownWords list") }
            var known = Set<[UInt8]>()
            for word in words {
                guard let bytes = PhraseWords.asciiWord(word) else { throw invalid("knownWords entry \"\(word)\" is not a lowercase ASCII word") }
                known.insert(bytes)
            }
            if let two = fuzzy.twoEditMinWordLength, two < fuzzy.minWordLength {
                throw invalid("matching.fuzzy.twoEditMinWordLength (\(two)) must be at least minWordLength (\(fuzzy.minWordLength))")
            }
            typos = TypoTolerantTerms(terms: index.terms, knownWords: known, minWordLength: fuzzy.minWordLength,
                                      twoEditMinWordLength: fuzzy.twoEditMinWordLength)
        } else {
            typos = nil
        }
        vitalsRules = try raw.vitals.rules.map { rule in
            guard levels.contains(rule.targetLevel) else { throw invalid("vitals rule \(rule.id) has targetLevel \(rule.targetLevel), outside 1…5") }
            var ages: (lower: Double, upper: Double?)?
            if let range = rule.ageYears {
                guard range.count == 2, let lower = range[0] else { throw invalid("vitals rule \(rule.id): ageYears must be [lo, hi] with hi possibly null") }
                ages = (lower: lower, upper: range[1])
            }
            let threshold = rule.value.double, categories = rule.value.array?.compactMap(\.string)
            switch rule.op {
            case .oneOf: guard categories != nil else { throw invalid("vitals rule \(rule.id): op \"in\" needs a list of values") }
            default: guard threshold != nil else { throw invalid("vitals rule \(rule.id): op \"\(rule.op.rawValue)\" needs a number") }
            }
            return VitalsRule(id: rule.id, field: rule.field, comparison: rule.op, threshold: threshold, categories: categories,
                              ages: ages, whenAgeUnknown: rule.whenAgeUnknown ?? false, targetLevel: rule.targetLevel)
        }
        guard (0...1).contains(raw.abstention.minConfidence), (0...1).contains(raw.abstention.predictionSetMinProbability) else {
            throw invalid("abstention probabilities must lie in 0…1")
        }
        version = raw.version
        abstention = raw.abstention
    }

    /// The phrase rules that fire on `text`, in file order: a rule's term matches as a substring at a
    /// word start, or, when the file has a "fuzzy" section, with one typo in a long enough word
    /// (two in a word of `twoEditMinWordLength` letters or more).
    public func firedRules(in text: PhraseText) -> [PhraseRule] {
        var found = index.found(in: text)
        if let typos { found.formUnion(typos.found(in: text)) }
        return rules.filter { $0.patterns.matches(found) }
    }

    /// The vitals rules that fire, in file order.
    public func firedVitals(numbers: [String: Double], categories: [String: String]) -> [VitalsRule] {
        vitalsRules.filter { $0.fires(numbers: numbers, categories: categories) }
    }

    /// Whether `text` is unfamiliar: fewer than `minLetters` letters, or too few of them in a
    /// supported script (``ScriptSet/expertScripts``: Latin, Han, Thai, by Unicode name as the
    /// reference does).
    public func isUnfamiliar(_ text: PhraseText) -> Bool {
        let (share, letters) = ScriptSet.expertScripts.letterShare(of: text)
        guard letters >= abstention.unfamiliarInput.minLetters, let share else { return true }
        return share < abstention.unfamiliarInput.minSupportedLetterFraction
    }

    private struct RawTable: Decodable {
        let schema: String
        let version: String
        let rules: [RawRule]
        let vitals: RawVitals
        let abstention: Abstention
        let matching: RawMatching?
        let knownWords: [String]?
    }
    private struct RawMatching: Decodable { let fuzzy: RawFuzzy? }
    private struct RawFuzzy: Decodable {
        let minWordLength: Int
        /// Term words this long or longer may be two edits away; absent: one edit only.
        let twoEditMinWordLength: Int?
    }
    private struct RawRule: Decodable {
        let id: String
        let targetLevel: Int
        let patterns: [String: [[[String]]]]
    }
    private struct RawVitals: Decodable { let rules: [RawVitalsRule] }
    private struct RawVitalsRule: Decodable {
        let id: String
        let field: String
        let op: VitalsRule.Comparison
        let value: JSONValue
        let targetLevel: Int
        let ageYears: [Double?]?
        let whenAgeUnknown: Bool?
    }
}

