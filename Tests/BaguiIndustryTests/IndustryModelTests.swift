import BaguiDomains
import BaguiIndustry
import BaguiJSON
import BaguiRegistry
import BaguiTestSupport
import Foundation
import Testing

@Suite("Industry model: routing stages, safety on every route, fan-out, faults, bad input")
struct IndustryModelTests {
    func industry() throws -> IndustryModel { try #require(Shipped.industry, "the shipped industry model must open") }

    static func goldenInput(_ bundle: String, case index: Int = 0) throws -> JSONValue {
        let golden = try StrictJSONParser.parse(Data(contentsOf: Repository.bundle(bundle).appendingPathComponent("golden.json")))
        return try #require(golden["cases"]?.array?.dropFirst(index).first?["input"])
    }

    @Test("the response has exactly the documented fields, in order")
    func responseShape() async throws {
        let response = try await industry().ask("甘蔗顶端长出黑色的鞭子，上面有黑粉")
        #expect(response.json.keys == ["domain", "expert", "confidence", "result", "escalate", "alternatives", "explanation", "disclaimer", "timings"])
        #expect(response.json["explanation"]?.object?.keys.prefix(5) == ["stage", "routeScores", "threshold", "rulesFired", "reason"])
        #expect(response.json["timings"]?.object?.keys == ["routingMs", "expertMs", "loadingMs", "totalMs"])
        let t = response.timings
        #expect(abs(t.routingMs + t.expertMs + t.loadingMs - t.totalMs) < 0.01)
        #expect(t.routingMs >= 0 && t.expertMs > 0)
    }

    @Test("free text reaches its domain's text expert", arguments: [
        ("甘蔗顶端长出黑色的鞭子，上面有黑粉", "sugar", "sugarcane-disease@1.3.0"),
        ("ใบอ้อยมีจุดสีน้ำตาลแดง ถูแล้วมีผงสีส้มติดมือ", "sugar", "sugarcane-disease@1.3.0"),
        ("crushing chest pain spreading to my jaw and I'm sweating", "medical", "medical-triage@1.4.0"),
        ("hidung berair dan bersin, batuk sikit", "medical", "medical-triage@1.4.0"),
    ])
    func routedText(text: String, domain: String, expert: String) async throws {
        let response = try await industry().ask(text)
        #expect(response.domain == domain)
        #expect(response.expert == expert)
        #expect(response.explanation.stage == "router" || response.explanation.stage == "fan-out")
        #expect(response.explanation.routeScores.map(\.0) == ["sugar", "ev", "medical", "out_of_scope"])
        #expect(response.result != nil)
    }

    @Test("out of scope is an honest refusal with the scores, never a guess", arguments: [
        ("what is the best smartphone to buy this year?", "out-of-scope"), ("selamat pagi, apa khabar hari ini?", "out-of-scope"),
        // scripts the experts do not read are refused by the script gate, whatever the router says
        ("가슴이 아프고 식은땀이 나요", "script"), ("எனக்கு நெஞ்சு வலிக்கிறது, மின்சார கார் பேட்டரி சீக்கிரம் தீர்ந்துவிடுகிறது", "script"),
    ])
    func outOfScope(text: String, stage: String) async throws {
        let response = try await industry().ask(text)
        #expect(response.domain == "out_of_scope")
        #expect(response.expert == nil && response.result == nil)
        #expect(response.explanation.stage == stage)
        #expect(!response.explanation.routeScores.isEmpty)
        #expect(response.json["expert"] == .null)
    }

    @Test("the script gate counts letters: a brand name in Latin does not make Korean readable, Thai with one is read")
    func scriptGate() async throws {
        let korean = try await industry().ask("전기차 배터리가 빨리 닳아요 BYD")
        #expect(korean.domain == "out_of_scope" && korean.explanation.stage == "script")
        #expect(korean.explanation.reason.contains("Latin, Han, Thai"))
        let thai = try await industry().ask("แบตเตอรี่รถยนต์ไฟฟ้า BYD เสื่อมเร็ว")
        #expect(thai.explanation.stage != "script")
        let digits = try await industry().ask("12345")
        #expect(digits.explanation.stage == "out-of-scope", "text without letters is left to the router")
    }

    @Test("EV free text reaches the ev domain, which explains what it needs")
    func evText() async throws {
        // A text the router itself routes to ev (its golden case), so this tests the route, not the router.
        let golden = try StrictJSONParser.parse(Data(contentsOf: Repository.bundle("industry-router").appendingPathComponent("golden.json")))
        let evCase = try #require(golden["cases"]?.array?.first { $0["output"]?["route"]?.string == "ev" && ($0["output"]?["confidence"]?.double ?? 0) > 0.8 })
        let response = try await industry().ask(try #require(evCase["input"]?["text"]?.string))
        #expect(response.domain == "ev")
        #expect(response.expert == nil)
        #expect(response.result?["message"]?.string?.contains("series") == true)
    }

    @Test("structured payloads go to the expert whose schema they fit")
    func schemaStage() async throws {
        let features = try #require(Self.goldenInput("sugarcane-yield").object)
        let yield = try await industry().ask(AskRequest(features: features))
        #expect(yield.expert == "sugarcane-yield@0.3.0" && yield.domain == "sugar" && yield.explanation.stage == "schema")
        #expect(yield.result?["yield_t_ha"]?.double != nil)
        let series = try #require(Self.goldenInput("ev-battery-health")["series"])
        let battery = try await industry().ask(AskRequest(series: series))
        #expect(battery.expert == "ev-battery-health@0.1.0" && battery.domain == "ev")
        #expect(battery.result?["fault"]?.string != nil)
    }

    @Test("an explicit expert or domain wins over the router")
    func explicitStage() async throws {
        let text = "the stalks are stunted and thin in the ratoon crop"
        let byExpert = try await industry().ask(AskRequest(text: text, expert: "sugarcane-disease@1.3.0"))
        #expect(byExpert.expert == "sugarcane-disease@1.3.0" && byExpert.explanation.stage == "explicit")
        let byDomain = try await industry().ask(AskRequest(text: "sakit kepala", domain: "medical"))
        #expect(byDomain.expert == "medical-triage@1.4.0" && byDomain.explanation.stage == "explicit")
    }

    @Test("a red flag escalates on every route, even when the text is sent to the sugar expert", arguments: [
        AskRequest(text: "my cane field is fine but my father has crushing chest pain and is sweating", expert: "sugarcane-disease"),
        AskRequest(text: "ngọn mía héo, còn tôi bị đau ngực dữ dội và vã mồ hôi", domain: "sugar"),
        AskRequest(text: "电动车充电的时候我爸爸突然昏迷了"),
    ])
    func redFlagsThroughMisroutes(request: AskRequest) async throws {
        let response = try await industry().ask(request)
        #expect(response.escalate, "\(request.text ?? "")")
        #expect(!response.explanation.rulesFired.isEmpty)
        if response.domain != "medical" { #expect(response.explanation.reason.contains("possible emergency")) }
    }

    @Test("two close domains both answer, ranked")
    func fanOut() async throws {
        var file = try Shipped.composition()
        file.router.fanOutMargin = 1   // every in-scope text fans out to its two best domains
        let registry = ModelRegistry(directories: [Repository.models], plugins: .builtIn)
        let industry = try IndustryModel(plan: IndustryPlan(file: file, fileName: "industry.json", registry: registry), registry: registry)
        let response = try await industry.ask("甘蔗叶子发黄，我也有点头痛")
        #expect(response.explanation.stage == "fan-out")
        #expect(response.alternatives.count == 1)
        let alternative = try #require(response.alternatives.first)
        #expect(response.confidence >= alternative.confidence)
        #expect(Set([response.domain, alternative.domain]).count == 2)
    }

    @Test("a tampered expert is refused; its route falls back honestly and other routes keep working")
    func tamperedExpert() async throws {
        let folder = try ModelsFolder(copying: ["industry-router", "sugarcane-disease", "medical-triage", "sugarcane-yield", "ev-battery-health"], composition: true)
        defer { folder.remove() }
        try folder.flipByte("sugarcane-disease", "model.safetensors", at: 4096)
        let industry = try IndustryModel.open(directories: [folder.directory])
        let sugar = try await industry.ask("甘蔗顶端长出黑色的鞭子，上面有黑粉")
        #expect(sugar.expert == nil && sugar.domain == "out_of_scope")
        #expect(sugar.explanation.reason.contains("sugarcane-disease"))
        let medical = try await industry.ask("crushing chest pain spreading to my jaw and I'm sweating")
        #expect(medical.expert == "medical-triage@1.4.0")
    }

    @Test("bad input is a clear error, never a crash", arguments: [
        (AskRequest(text: ""), "empty"),
        (AskRequest(text: "   \n"), "empty"),
        (AskRequest(text: String(repeating: "甘蔗", count: 600)), "at most 1000"),
        (AskRequest(), "needs text, features or series"),
        (AskRequest(text: "x", expert: "durian-ripeness"), "durian-ripeness"),
        (AskRequest(text: "x", expert: "sugarcane-disease@7.0.0"), "no version 7.0.0"),
        (AskRequest(text: "x", domain: "rubber"), "not a domain"),
        (AskRequest(series: .array([.array([.integer(1), .integer(2)])])), "series"),
        (AskRequest(features: .of(["planting_month": .integer(13)])), "planting_month"),
        (AskRequest(features: .of(["rain": .string("lots")])), "no expert takes this payload"),
    ])
    func badInput(request: AskRequest, fragment: String) async throws {
        let error = await #expect(throws: AskError.self) { try await industry().ask(request) }
        #expect(error?.description.contains(fragment) == true, "\(String(describing: error)) should mention \(fragment)")
    }

    @Test("request objects: unknown fields and wrong types are refused")
    func requestParsing() throws {
        #expect(throws: AskError.self) { try AskRequest(json: StrictJSONParser.parse(Data(#"{"txt": "hi"}"#.utf8))) }
        #expect(throws: AskError.self) { try AskRequest(json: StrictJSONParser.parse(Data(#"{"text": 3}"#.utf8))) }
        #expect(throws: AskError.self) { try AskRequest(json: StrictJSONParser.parse(Data(#"{"features": [1]}"#.utf8))) }
        let parsed = try AskRequest(json: StrictJSONParser.parse(Data(#"{"text": "hi", "language": "vi"}"#.utf8)))
        #expect(parsed == AskRequest(text: "hi", language: "vi"))
    }
}
