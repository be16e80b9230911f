import BaguiBundles
import BaguiJSON
import BaguiTensor
import Crypto
import Foundation

/// A small `bagui-mlp` bundle written to a temporary folder: two numeric inputs and a category,
/// one hidden layer, standardised features and target; every file hashed into the manifest.
struct TinyBundle {
    /// The manifest as a mutable JSON dictionary, changed by tests before writing.
    var manifest: [String: Any]
    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("tiny-bundle-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let config: [String: Any] = ["model_type": "bagui-mlp", "input_size": 4, "hidden_sizes": [3], "output_size": 1, "activation": "relu"]
        try JSONSerialization.data(withJSONObject: config).write(to: directory.appendingPathComponent("config.json"))
        try SafeTensorsWriter.write([
            .init(name: "layers.0.weight", shape: [3, 4], floats: Self.w0), .init(name: "layers.0.bias", shape: [3], floats: Self.b0),
            .init(name: "layers.1.weight", shape: [1, 3], floats: Self.w1), .init(name: "layers.1.bias", shape: [1], floats: Self.b1),
        ], to: directory.appendingPathComponent("model.safetensors").path)
        manifest = [
            "schema": "bagui.bundle/1", "name": "tiny-yield", "version": "1.2.3", "domain": "sugar", "task": "regression",
            "description": "test bundle", "architecture": "bagui-mlp", "plugin": NSNull(),
            "inputs": [
                ["name": "rain_mm", "type": "number", "unit": "mm", "description": "rain", "required": true, "range": [0, 3000]],
                ["name": "month", "type": "integer", "unit": "month", "description": "month", "required": true, "range": [1, 12]],
                ["name": "soil", "type": "category", "description": "soil", "required": true, "values": ["clay", "loam"]],
            ],
            "outputs": [["name": "yield_t_ha", "type": "number", "unit": "t/ha", "description": "yield"]],
            "preprocessing": [
                "featureOrder": ["rain_mm", "month", "soil=clay", "soil=loam"], "featureMean": Self.mean, "featureStd": Self.std,
                "targetMean": ["yield_t_ha": 70.0], "targetStd": ["yield_t_ha": 10.0], "categoryEncoding": "one-hot",
            ],
            "files": [:] as [String: String], "languages": [] as [String], "license": "Apache-2.0", "intendedUse": "tests",
            "limits": ["none"], "metrics": ["split": "none", "heldOut": ["r2": 1.0]],
            "policy": ["dataCategories": ["agronomic"], "processingRegions": ["on-device"]],
        ]
        manifest["files"] = try ["config.json": hash("config.json"), "model.safetensors": hash("model.safetensors")]
    }

    static let w0: [Float] = [0.5, -0.25, 0.1, 0.3, -0.2, 0.4, 0.6, -0.1, 0.05, 0.05, -0.3, 0.2]
    static let b0: [Float] = [0.1, -0.1, 0.0]
    static let w1: [Float] = [1.0, -0.5, 0.75]
    static let b1: [Float] = [0.2]
    static let mean: [Double] = [1200, 6, 0.5, 0.5]
    static let std: [Double] = [400, 3, 0.5, 0.5]

    /// The network by hand, in Double: what `predict` must return for these inputs.
    static func expectedYield(rain: Double, month: Double, soil: String) -> Double {
        let raw = [rain, month, soil == "clay" ? 1 : 0, soil == "loam" ? 1 : 0]
        let x = zip(zip(raw, mean), std).map { ($0.0 - $0.1) / $1 }
        var hidden = [Double](repeating: 0, count: 3)
        for o in 0..<3 {
            hidden[o] = max(0, Double(b0[o]) + (0..<4).reduce(0) { $0 + Double(w0[o * 4 + $1]) * x[$1] })
        }
        let out = Double(b1[0]) + (0..<3).reduce(0) { $0 + Double(w1[$1]) * hidden[$1] }
        return out * 10 + 70
    }

    func hash(_ file: String) throws -> String {
        SHA256.hash(data: try Data(contentsOf: directory.appendingPathComponent(file))).map { String(format: "%02x", $0) }.joined()
    }

    /// Writes `manifest.json` and returns the folder.
    func write() throws -> URL {
        try JSONSerialization.data(withJSONObject: manifest, options: [.sortedKeys]).write(to: directory.appendingPathComponent("manifest.json"))
        return directory
    }
}
