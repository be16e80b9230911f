import BaguiBundles
import BaguiJSON
import Foundation
import Testing

/// Every committed bundle in `Models/`: it opens, its files match their hashes, and Swift reproduces
/// the raw outputs PyTorch recorded in its `golden.json` within the bundle's tolerance (1e-4), and
/// the final results within rounding.
@Suite("Committed bundles reproduce their PyTorch goldens")
struct BundleGoldenTests {
    static let models: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("Models")
    }()

    /// The bundles this repository ships; listed so that a missing one fails instead of being skipped.
    static let shipped = ["ev-battery-health", "industry-router", "medical-triage", "sugarcane-disease", "sugarcane-yield"]

    @Test("golden parity", arguments: shipped)
    func goldenParity(name: String) throws {
        let directory = Self.models.appendingPathComponent(name)
        let bundle = try ModelBundle(directory: directory)
        #expect(bundle.manifest.name == name)
        // Goldens pin the network; a bundle's plugin (triage safety rules) is tested on its own.
        let model = try bundle.load(requirePlugin: false)
        let report = try GoldenCheck.run(model, directory: directory)
        #expect(report.cases >= 6)
        #expect(report.maxDifference <= 1e-4, "max raw difference \(report.maxDifference)")

        // A plugin's goldens include what the plugin adds (triage levels, reasons): compared once it exists.
        guard bundle.manifest.plugin == nil else { return }
        let golden = try StrictJSONParser.parse(Data(contentsOf: directory.appendingPathComponent("golden.json")))
        for goldenCase in golden["cases"]?.array ?? [] {
            let input = try #require(goldenCase["input"]), expected = try #require(goldenCase["output"]?.object)
            let result = try model.predict(input)
            for (key, value) in expected.members {
                let actual = try #require(result[key], "result lacks \(key)")
                switch value {
                case .string: #expect(actual == value, "\(key)")
                case .number:
                    let e = try #require(value.double), a = try #require(actual.double)
                    #expect(abs(a - e) <= 1e-3 * max(1, abs(e)), "\(key): \(a) vs \(e)")
                default: break
                }
            }
        }
    }

    @Test("a bundle whose plugin this build lacks is refused, not run without it")
    func missingPluginIsRefused() throws {
        let bundle = try ModelBundle(directory: Self.models.appendingPathComponent("medical-triage"))
        #expect(bundle.manifest.plugin == "triage-safety")
        #expect(throws: BundleError.missingPlugin(bundle: "medical-triage", plugin: "triage-safety")) { try bundle.load() }
    }

    @Test("every folder in Models/ with a manifest is a shipped bundle that opens")
    func everyBundleOpens() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: Self.models.path).sorted()
        let bundles = folders.filter { FileManager.default.fileExists(atPath: Self.models.appendingPathComponent("\($0)/manifest.json").path) }
        #expect(Set(Self.shipped).isSubset(of: Set(bundles)))
        for name in bundles { #expect(throws: Never.self) { try ModelBundle(directory: Self.models.appendingPathComponent(name)).verifyFiles() } }
    }
}
