import BaguiBundles
import BaguiDomains
import BaguiJSON
@testable import BaguiRegistry
import BaguiTestSupport
import Foundation
import Testing

@Suite("Model registry: discovery, versions, lazy loading, budget, faults")
struct ModelRegistryTests {
    static let shipped = ["ev-battery-health", "industry-router", "medical-triage", "sugarcane-disease", "sugarcane-yield"]

    @Test("Models/ holds the five shipped bundles, none refused, nothing loaded at open")
    func discoversShipped() async throws {
        let registry = ModelRegistry(directories: [Repository.models], plugins: .builtIn)
        #expect(registry.entries.map(\.manifest.name) == Self.shipped)
        #expect(registry.refusedAtDiscovery == [])
        #expect(await registry.loadedIDs == [])
        #expect(registry.entries.allSatisfy { $0.sizeBytes > 0 && $0.sizeBytes <= 12 << 20 })
    }

    @Test("a bundle naming a plugin this build lacks is refused with the reason; the rest keep working")
    func missingPlugin() async throws {
        let registry = ModelRegistry(directories: [Repository.models], plugins: .empty)
        let refused = try #require(registry.refusedAtDiscovery.first { $0.id == "medical-triage@1.4.0" })
        #expect(refused.reason.contains("triage-safety"))
        #expect(throws: RegistryError.self) { try registry.entry("medical-triage") }
        _ = try await registry.model("sugarcane-yield")
    }

    @Test("a broken manifest is refused, and the others load")
    func brokenManifest() async throws {
        let folder = try ModelsFolder(copying: ["sugarcane-yield", "ev-battery-health"])
        defer { folder.remove() }
        try folder.tamper("ev-battery-health", "manifest.json", replacing: "\"schema\": \"bagui.bundle/1\"", with: "\"schema\": \"bagui.bundle/9\"")
        let registry = ModelRegistry(directories: [folder.directory], plugins: .builtIn)
        #expect(registry.entries.map(\.id) == ["sugarcane-yield@0.3.0"])
        let refused = try #require(registry.refusedAtDiscovery.first)
        #expect(refused.id == "ev-battery-health" && refused.reason.contains("schema"))
        let error = #expect(throws: RegistryError.self) { try registry.entry("ev-battery-health") }
        #expect("\(String(describing: error))".contains("not served"))
        _ = try await registry.model("sugarcane-yield")
    }

    @Test("two bundles with one name and version are both refused, naming both places")
    func duplicates() throws {
        let folder = try ModelsFolder(copying: ["sugarcane-yield", "ev-battery-health"])
        defer { folder.remove() }
        try folder.copy("sugarcane-yield", as: "yield-copy")
        let registry = ModelRegistry(directories: [folder.directory], plugins: .builtIn)
        #expect(registry.entries.map(\.id) == ["ev-battery-health@0.1.0"])
        let refused = registry.refusedAtDiscovery.filter { $0.id == "sugarcane-yield@0.3.0" }
        #expect(refused.count == 2)
        #expect(refused.allSatisfy { $0.reason.contains("found twice") && $0.reason.contains("yield-copy") })
    }

    @Test("versions coexist across directories; name picks the newest, name@version the exact one")
    func versions() async throws {
        let old = try ModelsFolder(copying: ["sugarcane-yield"]), new = try ModelsFolder(copying: ["sugarcane-yield"])
        defer { old.remove(); new.remove() }
        try new.tamper("sugarcane-yield", "manifest.json", replacing: "\"version\": \"0.3.0\"", with: "\"version\": \"0.10.0\"")
        let registry = ModelRegistry(directories: [old.directory, new.directory], plugins: .builtIn)
        #expect(registry.entries.map(\.id) == ["sugarcane-yield@0.3.0", "sugarcane-yield@0.10.0"])
        #expect(try registry.entry("sugarcane-yield").id == "sugarcane-yield@0.10.0")
        #expect(try registry.entry("sugarcane-yield@0.3.0").manifest.version == "0.3.0")
        #expect(throws: RegistryError.unknownVersion(name: "sugarcane-yield", version: "2.0.0", known: ["0.3.0", "0.10.0"])) {
            try registry.entry("sugarcane-yield@2.0.0")
        }
        #expect(throws: RegistryError.invalidReference("a@b@c")) { try registry.entry("a@b@c") }
        _ = try await registry.model("sugarcane-yield@0.3.0")
        #expect(await registry.loadedIDs == ["sugarcane-yield@0.3.0"])
    }

    @Test("an unknown model is an error listing the known ones")
    func unknown() {
        let registry = ModelRegistry(directories: [Repository.models], plugins: .builtIn)
        #expect(throws: RegistryError.unknownModel("durian-ripeness", known: Self.shipped)) { try registry.entry("durian-ripeness") }
    }

    @Test("loading is lazy and happens once under 16 simultaneous first requests")
    func singleFlight() async throws {
        let registry = ModelRegistry(directories: [Repository.models], plugins: .builtIn)
        #expect(await registry.completedLoads == 0)
        let ids = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<16 { group.addTask { try await registry.model("industry-router").manifest.id } }
            return try await group.reduce(into: [String]()) { $0.append($1) }
        }
        #expect(ids == Array(repeating: "industry-router@1.7.1", count: 16))
        #expect(await registry.completedLoads == 1)
        #expect(await registry.loadedIDs == ["industry-router@1.7.1"])
        #expect(await registry.status(of: "industry-router@1.7.1") == .loaded)
        #expect(await registry.status(of: "sugarcane-yield@0.3.0") == .available)
    }

    @Test("the memory budget evicts the least recently used bundle")
    func leastRecentlyUsed() async throws {
        let probe = ModelRegistry(directories: [Repository.models], plugins: .builtIn)
        let router = try probe.entry("industry-router").sizeBytes, disease = try probe.entry("sugarcane-disease").sizeBytes
        let yield = try probe.entry("sugarcane-yield").sizeBytes
        // Room for the two text bundles, or one of them and the small yield model, never all three.
        let budget = max(router, disease) + min(router, disease) + yield / 2
        let registry = ModelRegistry(directories: [Repository.models], plugins: .builtIn, options: .init(memoryBudgetBytes: budget))
        _ = try await registry.model("industry-router")
        _ = try await registry.model("sugarcane-disease")
        _ = try await registry.model("industry-router")          // now the router is the most recent
        _ = try await registry.model("sugarcane-yield")          // evicts sugarcane-disease
        #expect(await registry.loadedIDs == ["industry-router@1.7.1", "sugarcane-yield@0.3.0"])
        #expect(await registry.residentBytes <= budget)
        let small = ModelRegistry(directories: [Repository.models], plugins: .builtIn, options: .init(memoryBudgetBytes: 1 << 20))
        await #expect(throws: RegistryError.self) { try await small.model("industry-router") }
    }

    @Test("a weights file changed after start is caught at the next load; the others keep working")
    func tamperedAfterStart() async throws {
        let folder = try ModelsFolder(copying: ["sugarcane-yield", "ev-battery-health"])
        defer { folder.remove() }
        let registry = ModelRegistry(directories: [folder.directory], plugins: .builtIn)
        _ = try await registry.model("sugarcane-yield")
        await registry.unload("sugarcane-yield@0.3.0")
        try folder.flipByte("sugarcane-yield", "model.safetensors", at: 200)
        let error = await #expect(throws: RegistryError.self) { try await registry.model("sugarcane-yield") }
        #expect("\(String(describing: error))".contains("model.safetensors"))
        #expect(await registry.status(of: "sugarcane-yield@0.3.0") != .loaded)
        #expect(await registry.loadedIDs == [])
        _ = try await registry.model("ev-battery-health")
    }

    @Test("a bundle that fails its golden self-check is not served")
    func goldenFailure() async throws {
        let folder = try ModelsFolder(copying: ["sugarcane-yield"])
        defer { folder.remove() }
        // Change a golden value and re-hash it into the manifest: files intact, goldens wrong.
        let golden = folder.file("sugarcane-yield", "golden.json")
        let text = try String(contentsOf: golden, encoding: .utf8)
        let changed = try #require(text.range(of: #""raw": \[\s*\[\s*-?[0-9.eE+-]+"#, options: .regularExpression))
        try text.replacingCharacters(in: changed, with: "\"raw\": [[9.5").write(to: golden, atomically: true, encoding: .utf8)
        try ManifestHash.rehash(folder.directory.appendingPathComponent("sugarcane-yield"), file: "golden.json")
        let registry = ModelRegistry(directories: [folder.directory], plugins: .builtIn)
        let error = await #expect(throws: RegistryError.self) { try await registry.model("sugarcane-yield") }
        #expect("\(String(describing: error))".contains("golden"))
        #expect(await registry.loadedIDs == [])
        guard case .refused = await registry.status(of: "sugarcane-yield@0.3.0") else { Issue.record("status should be refused"); return }
    }
}
