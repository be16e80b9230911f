import BaguiBundles
import BaguiDomains
import BaguiJSON
import BaguiTestSupport
import Foundation
import Testing

@Suite("cane-advice and the built-in catalog")
struct CaneAdviceTests {
    @Test("the built-in catalog holds Bagui's two plugins")
    func builtIn() {
        #expect(PluginCatalog.builtIn.names == ["cane-advice", "triage-safety"])
        #expect(throws: BundleError.duplicatePlugin("cane-advice")) { try PluginCatalog.builtIn.adding(CaneAdvicePlugin()) }
    }

    @Test("the diagnosis carries advice in the grower's language", arguments: ["zh", "vi", "th", "en"])
    func adviceInLanguage(language: String) throws {
        let bundle = try ModelBundle(directory: Repository.bundle("sugarcane-disease"))
        let model = try CaneAdvicePlugin().attach(to: bundle.load(requirePlugin: false), bundle: bundle)
        let result = try model.predict(StrictJSONParser.parse(Data(#"{"text": "甘蔗顶端长出黑色的鞭子，上面有黑粉", "language": "\#(language)"}"#.utf8)))
        #expect(result["disease"]?.string == "smut")
        let table = try StrictJSONParser.parse(bundle.read("advice.json"))
        #expect(result["advice"] == table["advice"]?["smut"]?[language])
        #expect(result["adviceLanguage"]?.string == language)
        #expect(result["disclaimer"] == table["disclaimer"]?[language])
    }
}
