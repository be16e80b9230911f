import BaguiTestSupport
import Foundation
import Testing

/// `bagui models list | inspect | verify` end to end.
@Suite("bagui models (end to end)")
struct ModelsCommandTests {
    static let models = Repository.root.appendingPathComponent("Models").path
    static let shipped = ["ev-battery-health", "industry-router", "medical-triage", "sugarcane-disease", "sugarcane-yield"]

    @Test("list prints a table and JSON with every bundle available")
    func list() throws {
        let table = try BaguiBinary.run(["models", "list", "--models", Self.models])
        #expect(table.status == 0, "\(table)")
        #expect(table.stdoutLines.first?.split(separator: " ", omittingEmptySubsequences: true) == ["name", "version", "domain", "task", "languages", "size", "status"])
        let run = try BaguiBinary.run(["models", "list", "--models", Self.models, "--json"])
        let rows = try #require(JSONSerialization.jsonObject(with: run.stdout) as? [[String: Any]])
        #expect(rows.compactMap { $0["name"] as? String } == Self.shipped)
        #expect(rows.allSatisfy { $0["status"] as? String == "available" })
        #expect(rows.first { $0["name"] as? String == "medical-triage" }?["languages"] as? [String] == ["zh", "en", "vi", "th", "id", "ms"])
    }

    @Test("BAGUI_MODELS chooses the directory when --models is absent")
    func environment() throws {
        let run = try BaguiBinary.run(["models", "list", "--json"], environment: ["BAGUI_MODELS": Self.models])
        #expect(run.status == 0, "\(run)")
        #expect((try JSONSerialization.jsonObject(with: run.stdout) as? [[String: Any]])?.count == Self.shipped.count)
    }

    @Test("inspect shows the manifest and the model card")
    func inspect() throws {
        let run = try BaguiBinary.run(["models", "inspect", "--models", Self.models, "medical-triage"])
        #expect(run.status == 0, "\(run)")
        #expect(run.stdoutText.contains("\"plugin\": \"triage-safety\"") && run.stdoutText.contains("## Model card"))
        let missing = try BaguiBinary.run(["models", "inspect", "--models", Self.models, "durian"])
        #expect(missing.status != 0 && missing.stderr.contains("no model is named \"durian\""), "\(missing)")
    }

    @Test("verify passes on the shipped bundles and fails naming a tampered one, while the others pass")
    func verify() throws {
        let ok = try BaguiBinary.run(["models", "verify", "--models", Self.models])
        #expect(ok.status == 0, "\(ok)")
        #expect(ok.stdoutLines.filter { $0.hasPrefix("ok ") }.count == Self.shipped.count)

        let folder = try ModelsFolder(copying: ["sugarcane-yield", "ev-battery-health"])
        defer { folder.remove() }
        try folder.flipByte("ev-battery-health", "model.safetensors", at: 1000)
        let bad = try BaguiBinary.run(["models", "verify", "--models", folder.directory.path])
        #expect(bad.status != 0, "\(bad)")
        #expect(bad.stdoutText.contains("FAIL  ev-battery-health@0.1.0") && bad.stdoutText.contains("ok    sugarcane-yield@0.3.0"), "\(bad.stdoutText)")
        #expect(bad.stderr.contains("ev-battery-health"))
        let one = try BaguiBinary.run(["models", "verify", "--models", folder.directory.path, "sugarcane-yield"])
        #expect(one.status == 0, "\(one)")
    }
}
