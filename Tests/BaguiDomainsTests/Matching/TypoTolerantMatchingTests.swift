@testable import BaguiDomains
import BaguiBundles
import BaguiTestSupport
import Foundation
import Testing

/// The typo-tolerant rule of `red_flags.json` ("matching" → "fuzzy"): its edit distance, its words,
/// and its effect on the shipped rules, where a real word must never read as a red-flag typo.
@Suite("typo-tolerant red-flag matching")
struct TypoTolerantMatchingTests {
    static let rules: RedFlagTable? = {
        guard let bundle = try? ModelBundle(directory: Repository.bundle("medical-triage")),
              let data = try? bundle.read("red_flags.json") else { return nil }
        return try? RedFlagTable(data: data, bundle: "medical-triage")
    }()

    static func fired(_ text: String) throws -> [String] {
        try #require(rules).firedRules(in: PhraseText(text)).map(\.id)
    }

    @Test("one edit is an insertion, a deletion, a substitution or an adjacent swap; two are not")
    func editDistance() {
        func one(_ a: String, _ b: String) -> Bool { isAtMostOneEdit(Array(a.utf8), Array(b.utf8)) }
        #expect(one("chest", "chest"))
        #expect(one("chset", "chest"))      // swap
        #expect(one("pendarahn", "pendarahan"))  // deletion
        #expect(one("breaath", "breath"))  // insertion
        #expect(one("brrath", "breath"))   // substitution
        #expect(one("sweat", "sweatx") && one("xsweat", "sweat"))  // at either end
        #expect(one("cehst", "chest"))     // swap at the start
        #expect(!one("cehts", "chest"))    // two swaps apart
        #expect(!one("brth", "breath"))    // two deletions
        #expect(!one("chest", "chestxy"))
        #expect(!one("abcd", "badc"))
    }

    @Test("two edits are any two of those, in different letters; three are not")
    func twoEditDistance() {
        func two(_ a: String, _ b: String) -> Bool { isWithinTwoEdits(Array(a.utf8), Array(b.utf8)) }
        #expect(two("breathing", "breathing") && two("braething", "breathing"))  // none, one swap
        #expect(two("braethng", "breathing"))     // a swap and a deletion
        #expect(two("brethng", "breathing"))      // two deletions
        #expect(two("xbreathingx", "breathing"))  // an insertion at each end
        #expect(two("abcd", "badc"))              // two swaps
        #expect(!two("brthng", "breathing"))      // three deletions
        #expect(!two("abcdefgh", "badcfehg"))     // four swaps
        #expect(!two("ca", "abc"))                // optimal string alignment edits no letter twice
        #expect(two("", "ab") && !two("", "abc"))
    }

    @Test("words drop apostrophes and split at anything but letters, marks and digits; only a–z words are kept")
    func words() {
        let words = PhraseWords(PhraseText("He can't BREATHE, 胸口痛 sakit2 ok")).words
        #expect(words.map { $0.map { String(decoding: $0, as: UTF8.self) } } == ["he", "cant", "breathe", nil, nil, "ok"])
        #expect(PhraseWords(PhraseText("can’t")).words.count == 1)
    }

    @Test("a red flag with one typo in a long word still fires", arguments: [
        ("my husband has chset pain and is sweaty", "chest_pain"),
        ("pendarahn teruk tak berhenti dari luka", "bleeding"),
        ("sesk napas berat sekali", "severe_breathing"),
        ("my son is unresposive", "unconscious"),
    ])
    func typoFires(text: String, rule: String) throws {
        #expect(try Self.fired(text).contains(rule), "\(text)")
    }

    @Test("the typo is what made it fire: the same rules without the fuzzy section miss these")
    func exactAloneMisses() throws {
        let bundle = try ModelBundle(directory: Repository.bundle("medical-triage"))
        var file = try #require(try JSONSerialization.jsonObject(with: bundle.read("red_flags.json")) as? [String: Any])
        var matching = try #require(file["matching"] as? [String: Any])
        matching["fuzzy"] = nil
        file["matching"] = matching
        let exact = try RedFlagTable(data: JSONSerialization.data(withJSONObject: file), bundle: "medical-triage")
        for text in ["my husband has chset pain and is sweaty", "pendarahn teruk tak berhenti dari luka", "sesk napas berat sekali",
                     "my son is unresposive"] {
            #expect(exact.firedRules(in: PhraseText(text)).isEmpty, "\(text) fires without typo tolerance")
            #expect(try !Self.fired(text).isEmpty)
        }
    }

    @Test("known words of the corpora are not typos of red-flag words", arguments: [
        "helo, sakit tekak dan selesema sejak semalam",  // helo is one edit from pelo (slurred speech)
        "helo, tanam tebu secara mekanikal",
        "sejak kemarin sakit tenggorokan",                 // sejak is one edit from sesak (breathless)
        "berapa harga pupuk untuk sawah",
        "how long does an lfp battery pack last",
        "vay thi pin xe may dien khong giu duoc dien",     // khong (không) is one edit from phong
    ])
    func knownWordsStayQuiet(text: String) throws {
        let fired = try Self.fired(text)
        #expect(fired.isEmpty, "\(text) fires \(fired)")
    }

    @Test("a word of twoEditMinWordLength letters or more may carry two typos; a shorter one may not")
    func twoTyposInALongWord() throws {
        #expect(try Self.fired("he is not braethng, help").contains("unconscious"))
        // 'sesak' (5 letters) two edits away ('sska': a deletion and a swap) stays quiet
        #expect(try Self.fired("sesak napas berat sekali").contains("severe_breathing"))
        let fired = try Self.fired("sska napas berat sekali")
        #expect(!fired.contains("severe_breathing"), "\(fired)")
        let bundle = try ModelBundle(directory: Repository.bundle("medical-triage"))
        var file = try #require(try JSONSerialization.jsonObject(with: bundle.read("red_flags.json")) as? [String: Any])
        var matching = try #require(file["matching"] as? [String: Any])
        var fuzzy = try #require(matching["fuzzy"] as? [String: Any])
        #expect(fuzzy["twoEditMinWordLength"] as? Int == 8)
        fuzzy["twoEditMinWordLength"] = nil
        matching["fuzzy"] = fuzzy
        file["matching"] = matching
        let oneEdit = try RedFlagTable(data: JSONSerialization.data(withJSONObject: file), bundle: "medical-triage")
        #expect(oneEdit.firedRules(in: PhraseText("he is not braethng, help")).isEmpty)
    }

    @Test("a typo in a short word fires only as the term's single typo, beside a long word spelled right")
    func shortWordTypo() throws {
        #expect(try Self.fired("my mom has very lwo blood pressure").contains("shock"))
        #expect(try Self.fired("son here, very kow blood pressure and confused").contains("shock"))
        // two typos, one of them in a short word ('lwo', 'bloood'), and 'wo gibt' two edits from 'co giat'
        for text in ["my mom has very lwo bloood pressure", "wo gibt es schnellladesäulen an der a7?"] {
            let fired = try Self.fired(text)
            #expect(fired.isEmpty, "\(text) fires \(fired)")
        }
    }

    @Test("a typo in Han, Thai or toned Vietnamese is not tolerated")
    func exactOnlyWhereNotASCII() throws {
        for (typo, correct) in [("我妈妈呼吸非常困南", "我妈妈呼吸非常困难"),
                                ("เจ็บหนาอก เหงื่อแตก", "เจ็บหน้าอก เหงื่อแตก"),
                                ("đột ngột méo miện", "đột ngột méo miệng")] {
            #expect(try !Self.fired(correct).isEmpty, "\(correct)")
            let fired = try Self.fired(typo)
            #expect(fired.isEmpty, "\(typo) fires \(fired)")
        }
    }

    @Test("a fuzzy section without its known words, or with a bad one, is refused")
    func malformedFuzzy() {
        let head = #"{"schema":"bagui.red-flags/1","version":"1","rules":[{"id":"x","targetLevel":1,"patterns":{"en":[[["chest pain"]]]}}],"vitals":{"rules":[]},"abstention":{"minConfidence":0.5,"predictionSetMinProbability":0.1,"unfamiliarInput":{"minLetters":2,"minSupportedLetterFraction":0.5}}"#
        for tail in [#","matching":{"fuzzy":{"minWordLength":4}}}"#, #","matching":{"fuzzy":{"minWordLength":4}},"knownWords":["Chest"]}"#,
                     #","matching":{"fuzzy":{"minWordLength":0}},"knownWords":["pain"]}"#,
                     #","matching":{"fuzzy":{"minWordLength":4,"twoEditMinWordLength":3}},"knownWords":["pain"]}"#] {
            let error = #expect(throws: BundleError.self) { try RedFlagTable(data: Data((head + tail).utf8), bundle: "b") }
            guard case .invalidPluginData(_, let file, _) = error else { Issue.record("\(String(describing: error))"); continue }
            #expect(file == "red_flags.json")
        }
    }
}
