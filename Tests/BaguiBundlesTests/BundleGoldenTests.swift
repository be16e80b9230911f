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
    static let shipped = ["ev-battery-health", "sugarcane-yield"]

    @Test("golden parity", arguments: shipped)
    func goldenParity(name: String) throws {
        let directory = Self.models.appendingPathComponent(name)
        let bundle = try ModelBundle(directory: directory)
        #expect(bundle.manifest.name == name)
        let model = try bundle.load()
        let report = try GoldenCheck.run(model, directory: directory)
        #expect(report.cases >= 6)
        #expect(report.maxDifference <= 1e-4, "max raw difference \(report.maxDifference)")

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

    @Test("every folder in Models/ with a manifest is a shipped bundle that opens")
    func everyBundleOpens() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: Self.models.path).sorted()
        let bundles = folders.filter { FileManager.default.fileExists(atPath: Self.models.appendingPathComponent("\($0)/manifest.json").path) }
        #expect(Set(Self.shipped).isSubset(of: Set(bundles)))
        for name in bundles { #expect(throws: Never.self) { try ModelBundle(directory: Self.models.appendingPathComponent(name)).verifyFiles() } }
    }
}
