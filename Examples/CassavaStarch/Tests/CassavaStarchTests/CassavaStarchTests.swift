import Bagui
import CassavaStarch
import Foundation
import Testing

/// A domain added from outside Bagui: the bundle is refused without the plugin, served with it,
/// reproduces its PyTorch goldens, and joins the industry model next to Bagui's own experts.
@Suite("Third-party domain: cassava-starch with the starch-grade plugin")
struct CassavaStarchTests {
    static let package: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()
    static let mine = package.appendingPathComponent("Models")
    static let bagui = package.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Models")

    @Test("without the plugin the bundle is refused, naming it")
    func refusedWithoutPlugin() {
        let registry = ModelRegistry(directories: [Self.mine], plugins: .builtIn)
        #expect(registry.entries.isEmpty)
        #expect(registry.refusedAtDiscovery.first?.reason.contains("starch-grade") == true)
    }

    @Test("with the plugin it loads, passes its golden self-check and grades the result")
    func servedWithPlugin() async throws {
        let registry = ModelRegistry(directories: [Self.mine], plugins: try PluginCatalog.builtIn.adding(StarchGradePlugin()))
        let model = try await registry.model("cassava-starch")
        let result = try model.predict(StrictJSONParser.parse(Data(#"{"harvest_age_months": 11, "rain_last_month_mm": 60, "variety": "KU50"}"#.utf8)))
        let percent = try #require(result["starch_percent"]?.double)
        #expect((25...35).contains(percent))
        #expect(result["grade"]?.string == (percent >= 28 ? "A" : "B"))
        let report = try GoldenCheck.run(model, directory: Self.mine.appendingPathComponent("cassava-starch"))
        #expect(report.maxDifference <= 1e-4)
    }

    @Test("it joins the industry model beside Bagui's experts, chosen by its input schema")
    func composed() async throws {
        let plugins = try PluginCatalog.builtIn.adding(StarchGradePlugin())
        let industry = try IndustryModel.open(directories: [Self.bagui, Self.mine], composition: Self.mine.appendingPathComponent("industry.json"), plugins: plugins)
        var features = JSONObject()
        features.insert("harvest_age_months", .finite(9))
        features.insert("rain_last_month_mm", .finite(250))
        features.insert("variety", .string("SC5"))
        let answer = try await industry.ask(AskRequest(features: features))
        #expect(answer.domain == "cassava")
        #expect(answer.expert == "cassava-starch@0.1.0")
        #expect(answer.result?["grade"]?.string != nil)
        let text = try await industry.ask("甘蔗顶端长出黑色的鞭子，上面有黑粉")
        #expect(text.domain == "sugar")
    }
}
