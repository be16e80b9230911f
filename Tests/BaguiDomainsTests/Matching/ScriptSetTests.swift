import BaguiDomains
import Testing

/// Which writing systems a text's letters are in (the triage layer's unfamiliar-input check and the
/// industry model's script gate).
@Suite("script sets")
struct ScriptSetTests {
    @Test("names must be known scripts")
    func names() {
        #expect(ScriptSet(names: ["Latin", "Thai"]) != nil)
        #expect(ScriptSet(names: ["Latin", "Elvish"]) == nil)
        #expect(ScriptSet(names: []) == nil)
    }

    @Test("the share counts letters only, after NFKC")
    func share() throws {
        let experts = ScriptSet.expertScripts
        #expect(experts.letterShare(of: PhraseText("đau ngực 胸痛 เจ็บหน้าอก")).share == 1)
        #expect(experts.letterShare(of: PhraseText("가슴이 아파요")).share == 0)
        // 3 Latin letters of 8: "BYD" beside five Hangul syllables
        let mixed = experts.letterShare(of: PhraseText("배터리 빨리 BYD"))
        let share = try #require(mixed.share)
        #expect(mixed.letters == 8 && abs(share - 3.0 / 8.0) < 1e-12)
        #expect(experts.letterShare(of: PhraseText("ＢＹＤ")).share == 1, "fullwidth Latin is Latin after NFKC")
        #expect(experts.letterShare(of: PhraseText("12345 ?!")).share == nil)
        #expect(ScriptSet(names: ["Tamil"])?.letterShare(of: PhraseText("நெஞ்சு வலி")).share == 1)
    }
}
