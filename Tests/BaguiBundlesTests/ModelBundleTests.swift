import BaguiBundles
import BaguiJSON
import Foundation
import Testing

/// Opening, verifying and running a bundle; every way a manifest, a file or a request can be wrong.
@Suite("ModelBundle")
struct ModelBundleTests {
    func predict(_ request: String, bundle: TinyBundle) throws -> JSONObject {
        try ModelBundle(directory: bundle.write()).load().predict(StrictJSONParser.parse(request))
    }

    /// The sentence of the error `body` throws, or "no error".
    func message(_ body: () throws -> Any) -> String {
        do { _ = try body(); return "no error" } catch { return String(describing: error) }
    }

    @Test("a valid bundle predicts what the network computes by hand, de-standardised")
    func predictsByHand() throws {
        let bundle = try TinyBundle()
        for (rain, month, soil) in [(1500.0, 3.0, "clay"), (0.0, 12.0, "loam"), (3000.0, 1.0, "clay")] {
            let result = try predict(#"{"rain_mm": \#(rain), "month": \#(Int(month)), "soil": "\#(soil)"}"#, bundle: bundle)
            let value = try #require(result["yield_t_ha"]?.double)
            #expect(abs(value - TinyBundle.expectedYield(rain: rain, month: month, soil: soil)) < 1e-4)
        }
    }

    @Test("bad requests name the field", arguments: [
        (#"{"month": 3, "soil": "clay"}"#, "rain_mm", "is required"),
        (#"{"rain_mm": "lots", "month": 3, "soil": "clay"}"#, "rain_mm", "must be a number"),
        (#"{"rain_mm": 3001, "month": 3, "soil": "clay"}"#, "rain_mm", "outside the valid range"),
        (#"{"rain_mm": -1e-9, "month": 3, "soil": "clay"}"#, "rain_mm", "outside the valid range"),
        (#"{"rain_mm": "NaN", "month": 3, "soil": "clay"}"#, "rain_mm", "must be a number"),
        (#"{"rain_mm": 10, "month": 3.5, "soil": "clay"}"#, "month", "whole number"),
        (#"{"rain_mm": 10, "month": 3, "soil": "sand"}"#, "soil", "must be one of"),
        (#"{"rain_mm": 10, "month": 3, "soil": "clay", "ph": 6}"#, "ph", "is not an input"),
        (#"[1, 2, 3]"#, "(request)", "must be a JSON object"),
    ])
    func badRequests(request: String, field: String, reason: String) throws {
        let bundle = try TinyBundle()
        let text = message { try predict(request, bundle: bundle) }
        #expect(text.contains("\"\(field)\"") && text.contains(reason), "\(text)")
    }

    @Test("a weights file changed after the manifest was written is refused")
    func tamperedWeights() throws {
        let bundle = try TinyBundle()
        let directory = try bundle.write()
        let weights = directory.appendingPathComponent("model.safetensors")
        var bytes = try Data(contentsOf: weights)
        bytes[bytes.count - 1] ^= 0x01
        try bytes.write(to: weights)
        let text = message { try ModelBundle(directory: directory).load() }
        #expect(text.contains("model.safetensors") && text.contains("SHA-256"), "\(text)")
    }

    @Test("a listed file that is missing is refused")
    func missingFile() throws {
        var bundle = try TinyBundle()
        var files = bundle.manifest["files"] as? [String: String] ?? [:]
        files["golden.json"] = String(repeating: "0", count: 64)
        bundle.manifest["files"] = files
        #expect(message { try ModelBundle(directory: bundle.write()).load() }.contains("golden.json is missing"))
    }

    @Test("manifests that break the schema are refused with the reason", arguments: [
        ("schema", "bagui.bundle/2" as any Sendable, "schema"), ("name", "Tiny Yield", "name"), ("version", "1.2", "version"),
        ("task", "generation", "task"), ("inputs", [String](), "no inputs"),
        ("files", ["../config.json": String(repeating: "a", count: 64)], "plain name"),
        ("files", ["config.json": "abc"], "64 lowercase hex"),
    ] as [(String, any Sendable, String)])
    func invalidManifests(key: String, value: any Sendable, reason: String) throws {
        var bundle = try TinyBundle()
        bundle.manifest[key] = value
        let text = message { try ModelBundle(directory: bundle.write()) }
        #expect(text.hasPrefix("bundle ") && text.contains(reason), "\(key): \(text)")
    }

    @Test("preprocessing that cannot be traced to inputs is refused")
    func untraceableFeatures() throws {
        var bundle = try TinyBundle()
        var pre = bundle.manifest["preprocessing"] as? [String: Any] ?? [:]
        pre["featureOrder"] = ["rain_mm", "month", "soil=sand", "soil=loam"]
        bundle.manifest["preprocessing"] = pre
        #expect(message { try ModelBundle(directory: bundle.write()) }.contains("soil=sand"))
        pre["featureOrder"] = ["rain_mm", "month", "soil=clay", "soil=loam"]
        pre["featureStd"] = [400, 0, 0.5, 0.5]
        bundle.manifest["preprocessing"] = pre
        #expect(message { try ModelBundle(directory: bundle.write()) }.contains("featureStd"))
    }

    @Test("a missing, oversized or duplicate-key manifest is a clear error")
    func unreadableManifests() throws {
        let bundle = try TinyBundle()
        #expect(message { try ModelBundle(directory: bundle.directory) }.contains("manifest.json is missing"))
        try Data(#"{"name": "a", "name": "b"}"#.utf8).write(to: bundle.directory.appendingPathComponent("manifest.json"))
        #expect(message { try ModelBundle(directory: bundle.directory) }.contains("appears twice"))
        try Data(repeating: 0x20, count: 2 << 20).write(to: bundle.directory.appendingPathComponent("manifest.json"))
        #expect(message { try ModelBundle(directory: bundle.directory) }.contains("larger than 1 MB"))
    }
}
