import BaguiDomains
import BaguiIndustry
import BaguiRegistry
import BaguiTestSupport
import Foundation
import Testing

/// `industry.json` is checked against the registry before anything is served.
@Suite("Composition: invalid industry files are rejected at load with the reason")
struct CompositionTests {
    static let registry = ModelRegistry(directories: [Repository.models], plugins: .builtIn)

    func reject(_ change: (inout CompositionFile) -> Void, saying fragment: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        var file = try Shipped.composition()
        change(&file)
        let error = #expect(throws: CompositionError.self, sourceLocation: sourceLocation) {
            try IndustryPlan(file: file, fileName: "industry.json", registry: Self.registry)
        }
        #expect(error?.description.contains(fragment) == true, "\(String(describing: error)) should mention \(fragment)", sourceLocation: sourceLocation)
        #expect(error?.description.hasPrefix("composition industry.json is invalid") == true, sourceLocation: sourceLocation)
    }

    @Test("the shipped composition is valid and pins every expert's version")
    func shippedIsValid() throws {
        let plan = try IndustryPlan(file: Shipped.composition(), fileName: "industry.json", registry: Self.registry)
        #expect(plan.router == "industry-router@1.7.1")
        #expect(plan.routes.keys.sorted() == ["ev", "medical", "sugar"])
        #expect(plan.routes["sugar"]?.structuredExperts == ["sugarcane-yield@0.3.0"])
        #expect(plan.safetyRules == "medical-triage@1.4.0")
    }

    @Test("unknown experts") func unknownExpert() throws {
        try reject({ $0.routes[0].text = "cassava-disease" }, saying: "\"cassava-disease\" is not an available expert")
        try reject({ $0.router.expert = "industry-router@9.9.9" }, saying: "router.expert")
        try reject({ $0.routes[1].structured = ["ev-battery-health", "battery-x"] }, saying: "battery-x")
    }

    @Test("a router label with no route") func labelWithoutRoute() throws {
        try reject({ $0.routes.removeAll { $0.domain == "ev" } }, saying: "router label ev has no route")
    }

    @Test("unreachable routes") func unreachable() throws {
        try reject({ $0.routes.append(.init(domain: "rubber", text: "sugarcane-disease", structured: nil, fallback: nil, message: nil)) },
                   saying: "route rubber is unreachable")
    }

    @Test("fallback cycles and dangling fallbacks") func fallbacks() throws {
        try reject({ file in
            file.routes[0].fallback = "medical"
            file.routes[2].fallback = "sugar"
        }, saying: "cycle")
        try reject({ $0.routes[0].fallback = "weather" }, saying: "falls back to weather")
    }

    @Test("policies: an expert that may not process data in this region") func region() throws {
        try reject({ $0.policies.processingRegion = "EU" }, saying: "not in EU")
    }

    @Test("roles: a text route whose expert reads no text, a router label that is not a label") func roles() throws {
        try reject({ $0.routes[0].text = "sugarcane-yield" }, saying: "has no text input")
        try reject({ $0.router.outOfScope = "none" }, saying: "router.outOfScope")
        try reject({ $0.schema = "bagui.industry/0" }, saying: "schema")
        try reject({ $0.router.threshold = 1.5 }, saying: "threshold")
        try reject({ $0.routes[2].structured = ["sugarcane-yield"] }, saying: "listed by both")
    }

    @Test("a script gate names known scripts and a share in 0…1") func scriptGate() throws {
        try reject({ $0.router.scripts = .init(supported: ["Latin", "Klingon"], minLetterShare: 0.5) }, saying: "router.scripts.supported")
        try reject({ $0.router.scripts = .init(supported: [], minLetterShare: 0.5) }, saying: "router.scripts.supported")
        try reject({ $0.router.scripts = .init(supported: ["Latin"], minLetterShare: 2) }, saying: "router.scripts.minLetterShare")
        let plan = try IndustryPlan(file: Shipped.composition(), fileName: "industry.json", registry: Self.registry)
        #expect(plan.supportedScripts?.names == ["Latin", "Han", "Thai"])
    }

    @Test("a file that is not JSON, or misses fields, names the problem") func malformedFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("industry-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: url) }
        for text in ["{", #"{"schema": "bagui.industry/1"}"#] {
            try text.write(to: url, atomically: true, encoding: .utf8)
            #expect(throws: CompositionError.self) { try IndustryPlan.load(url, registry: Self.registry) }
        }
    }
}
