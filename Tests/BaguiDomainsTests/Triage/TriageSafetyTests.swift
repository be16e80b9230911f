@testable import BaguiDomains
import BaguiBundles
import BaguiJSON
import BaguiTestSupport
import Foundation
import Testing

/// A network that always answers the same logits: the safety layer must hold whatever it says.
struct StubNetwork: BundleModel {
    let manifest: BundleManifest
    let logits: [Float]
    func raw(_ input: BundleInput) throws -> [[Float]] { [logits] }
    func predict(_ input: BundleInput) throws -> JSONObject { JSONObject() }
}

/// Every safety behaviour of the triage layer (trust matrix F1–F8), on the shipped rule tables.
@Suite("triage-safety behaviours")
struct TriageSafetyTests {
    static let directory = Repository.bundle("medical-triage")
    static let bundle: ModelBundle? = try? ModelBundle(directory: directory)

    /// Logits whose softmax (temperature 1) puts `probability` on `level` and spreads the rest.
    static func logits(level: Int, probability: Double) -> [Float] {
        let rest = (1 - probability) / 4
        return (1...5).map { Float(log($0 == level ? probability : rest)) }
    }

    /// The shipped safety layer over a stub network.
    static func model(answering logits: [Float]) throws -> TriageModel {
        let bundle = try #require(Self.bundle)
        return TriageModel(
            base: StubNetwork(manifest: bundle.manifest, logits: logits),
            rules: try RedFlagTable(data: bundle.read("red_flags.json"), bundle: "medical-triage"),
            departments: try DepartmentTable(data: bundle.read("departments.json"), bundle: "medical-triage"),
            levels: ["1_immediate", "2_emergent", "3_urgent", "4_less_urgent", "5_non_urgent"], textField: "text", temperature: 1)
    }

    static func triage(_ text: String, _ vitals: [String: JSONValue] = [:], logits: [Float] = logits(level: 5, probability: 0.99)) throws -> JSONObject {
        var request = JSONObject()
        request.insert("text", .string(text))
        for (key, value) in vitals.sorted(by: { $0.key < $1.key }) { request.insert(key, value) }
        return try model(answering: logits).predict(.object(request))
    }

    @Test("the network says level 5 at 0.99 on a red-flag complaint: the result escalates", arguments: [
        "crushing chest pain spreading to my jaw and I'm sweating", "胸口压榨样疼痛，出冷汗", "đột ngột méo miệng, nói ngọng",
        "โดนผึ้งต่อยแล้วคอบวม หายใจลำบาก", "pendarahan hebat dari luka di kaki, tidak berhenti", "sesak nafas teruk, bibir membiru",
    ])
    func redFlagOverridesTheNetwork(text: String) throws {
        let result = try Self.triage(text)
        #expect(result["modelAcuity"]?.string == "5_non_urgent")
        #expect(result["escalate"]?.bool == true, "\(text)")
        #expect((result["level"]?.int ?? 9) <= 2, "\(text): level \(String(describing: result["level"]))")
        #expect(result["department"]?.string == "emergency")
        #expect((result["redFlags"]?.array?.count ?? 0) > 0)
    }

    @Test("a sure network saying level 1 or 2 escalates on its own, with no rule fired", arguments: [1, 2])
    func networkHighAcuityEscalates(level: Int) throws {
        let result = try Self.triage("runny nose since yesterday", logits: Self.logits(level: level, probability: 0.99))
        #expect(result["redFlags"]?.array?.isEmpty == true && result["vitalsFlags"]?.array?.isEmpty == true)
        #expect(result["level"]?.int == level)
        #expect(result["escalate"]?.bool == true)
        #expect(result["reasons"]?.array?.first?.string == "network_high_acuity")
        let calm = try Self.triage("runny nose since yesterday", logits: Self.logits(level: 3, probability: 0.99))
        #expect(calm["escalate"]?.bool == false && calm["reasons"]?.array?.isEmpty == true)
    }

    @Test("every rule fires, in every language it is written in")
    func everyRuleFiresPerLanguage() throws {
        let bundle = try #require(Self.bundle)
        let file = try StrictJSONParser.parse(bundle.read("red_flags.json"))
        let table = try RedFlagTable(data: bundle.read("red_flags.json"), bundle: "medical-triage")
        var checked = 0
        for rule in file["rules"]?.array ?? [] {
            let id = try #require(rule["id"]?.string)
            for (language, patterns) in rule["patterns"]?.object?.members ?? [] {
                // The first term of every group of the first pattern, joined: a sentence the rule must catch.
                let groups = try #require(patterns.array?.first?.array)
                let text = groups.compactMap { $0.array?.first?.string }.joined(separator: " ")
                let fired = table.firedRules(in: PhraseText(text)).map(\.id)
                #expect(fired.contains(id), "\(id) [\(language)] did not fire on \"\(text)\"")
                checked += 1
            }
        }
        #expect(checked >= 6 * 15)
        for language in ["en", "zh", "vi", "th", "id", "ms"] {
            #expect(file["rules"]?.array?.contains { $0["patterns"]?[language] != nil } == true, "no rules in \(language)")
        }
    }

    @Test("danger-zone vitals escalate whatever the text", arguments: [
        (["spo2": JSONValue.integer(88)], "spo2_critical", 1),
        (["spo2": .integer(91)], "spo2_danger", 2),
        (["respiratory_rate": .integer(7)], "rr_critical_low", 1),
        (["consciousness": .string("P")], "avpu_pain_or_unresponsive", 1),
        (["heart_rate": .integer(190), "age_years": .finite(0.1)], "hr_danger_infant", 2),
        (["heart_rate": .integer(120)], "hr_danger_adult", 2),
    ])
    func vitals(vitals: [String: JSONValue], rule: String, level: Int) throws {
        let result = try Self.triage("feeling a bit tired", vitals)
        #expect(result["vitalsFlags"]?.array?.contains(.string(rule)) == true, "\(vitals) should fire \(rule): \(String(describing: result["vitalsFlags"]))")
        #expect((result["level"]?.int ?? 9) <= level)
        #expect(result["escalate"]?.bool == true)
    }

    @Test("normal or absent vitals fire nothing; age bands are respected")
    func quietVitals() throws {
        let calm = try Self.triage("runny nose for two days", ["heart_rate": .integer(80), "spo2": .integer(98), "age_years": .integer(30)])
        #expect(calm["vitalsFlags"]?.array == [])
        #expect(calm["level"]?.int == 5)
        #expect(calm["escalate"]?.bool == false)
        // 150/min is a danger zone for an adult, not for a 2-year-old's band (> 160).
        let toddler = try Self.triage("runny nose for two days", ["heart_rate": .integer(150), "age_years": .integer(2)])
        #expect(toddler["vitalsFlags"]?.array == [])
    }

    @Test("an unsure network abstains towards the more urgent levels, never the lower")
    func lowConfidence() throws {
        // 0.40 on level 4, 0.35 on level 2: below minConfidence 0.55, the prediction set reaches level 2.
        let logits = [0.05, 0.35, 0.1, 0.4, 0.1].map { Float(log($0)) }
        let result = try Self.triage("stomach ache since yesterday", logits: logits)
        #expect(result["escalate"]?.bool == true)
        #expect(result["level"]?.int == 2)
        #expect(result["reasons"]?.array?.first == .string("low_confidence"))
    }

    @Test("unfamiliar input (empty, gibberish, an unsupported script) escalates and is capped at level 3", arguments: [
        "", "?!", "가슴이 조금 불편해요", "Меня немного тошнит", "12345 678",
    ])
    func unfamiliarInput(text: String) throws {
        let result = try Self.triage(text)
        #expect(result["escalate"]?.bool == true, "\(text)")
        #expect((result["level"]?.int ?? 9) <= 3)
        #expect(result["reasons"]?.array?.contains(.string("unfamiliar_input")) == true)
    }

    @Test("no step ever makes the result less urgent than the network")
    func neverLowersUrgency() throws {
        var generator = SystemRandomNumberGenerator()
        let texts = ["chest pain and sweating", "runny nose", "sakit kepala", "头晕", "ไอ", "asdf", "mild rash on arm"]
        for _ in 0..<200 {
            let probabilities = (0..<5).map { _ in Double.random(in: 0.01...1, using: &generator) }
            let sum = probabilities.reduce(0, +)
            let logits = probabilities.map { Float(log($0 / sum)) }
            let text = try #require(texts.randomElement(using: &generator))
            let result = try Self.triage(text, logits: logits)
            let level = try #require(result["level"]?.int)
            let modelLevel = try #require(Int(result["modelAcuity"]?.string?.prefix(1) ?? ""))
            #expect(level <= modelLevel)
        }
    }

    @Test("every result says it is decision support, not a diagnosis")
    func notice() throws {
        for text in ["runny nose", "胸口痛，出冷汗", ""] {
            #expect(try Self.triage(text)["notice"]?.string?.contains("not a diagnosis") == true)
        }
    }

    @Test("Latin terms match at a word start only; Han and Thai match anywhere")
    func wordStarts() {
        func has(_ text: String, _ term: String) -> Bool { PhraseText(text).contains(PhraseText(term)) }
        #expect(has("I am sweating a lot", "sweat"))
        #expect(!has("keracunan makanan", "racun"))
        #expect(has("ลูกชายchest pain", "chest pain"))
        #expect(!has("2chest pain", "chest pain"))
        #expect(has("他胸口痛", "胸口痛"))
        #expect(has("CHEST   Pain", "chest pain"))
        #expect(has("ｃｈｅｓｔ pain", "chest pain"))  // NFKC folds full-width letters
    }

    @Test("malformed rule files are typed errors naming the file")
    func malformedRules() {
        for text in ["{}", "[1,2]", #"{"schema":"bagui.red-flags/2","version":"1","rules":[],"vitals":{"rules":[]},"abstention":{"minConfidence":0.5,"predictionSetMinProbability":0.1,"unfamiliarInput":{"minLetters":2,"minSupportedLetterFraction":0.5}}}"#,
                     #"{"schema":"bagui.red-flags/1","version":"1","rules":[{"id":"x","targetLevel":9,"patterns":{"en":[[["a"]]]}}],"vitals":{"rules":[]},"abstention":{"minConfidence":0.5,"predictionSetMinProbability":0.1,"unfamiliarInput":{"minLetters":2,"minSupportedLetterFraction":0.5}}}"#] {
            let error = #expect(throws: BundleError.self) { try RedFlagTable(data: Data(text.utf8), bundle: "b") }
            guard case .invalidPluginData(_, let file, _) = error else { Issue.record("\(String(describing: error))"); continue }
            #expect(file == "red_flags.json")
        }
    }
}
