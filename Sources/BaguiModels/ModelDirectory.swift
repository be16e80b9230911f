import BaguiJSON
import BaguiTensor
import Foundation

/// Shared reading of a Hugging Face model folder: `config.json` and where BERT weights sit.
public enum ModelDirectory {
    /// Reads `config.json` as `Config`, checking its `model_type` is `expecting`.
    public static func readConfig<Config: Decodable>(_ directory: URL, expecting modelType: String) throws -> Config {
        let url = directory.appendingPathComponent("config.json")
        let json = try SentenceTransformerLayout.readJSON(url)
        guard let type = json["model_type"]?.string else { throw ModelError.invalidConfig("config.json has no model_type") }
        guard type == modelType else { throw ModelError.invalidConfig("config.json: model_type is \"\(type)\", expected \"\(modelType)\"") }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        do {
            return try decoder.decode(Config.self, from: try Data(contentsOf: url))
        } catch let error as DecodingError {
            throw ModelError.invalidConfig("config.json: \(describe(error))")
        }
    }

    /// The scope holding `embeddings.*` and `encoder.*`: the root, or `bert.` as in task checkpoints.
    public static func bertRoot(in store: WeightStore) -> WeightScope {
        let root = store.scope("")
        return root.contains("embeddings.position_embeddings.weight") ? root : root.scope("bert")
    }

    /// Checkpoint entries a BERT encoder carries but inference does not read: the `position_ids`
    /// buffer (int64) and the NSP pooler, which sentence embeddings do not use.
    public static func bertBuffers(under root: WeightScope) -> [String] {
        ["embeddings.position_ids", "embeddings.token_type_ids", "pooler.dense.weight", "pooler.dense.bias"].map(root.fullName)
    }

    /// Throws if the checkpoint holds a tensor the model did not read (config ↔ weights mismatch).
    public static func checkAllWeightsUsed(_ store: WeightStore, ignoring: [String]) throws {
        for name in ignoring where store.contains(name) { store.markUsed(name) }
        try store.checkAllUsed()
    }

    /// A sentence for a decoding error: which key, and what was wrong.
    public static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map(\.stringValue).joined(separator: ".")
        }
        switch error {
        case let .typeMismatch(type, context): return "\(path(context)) should be \(type)"
        case let .valueNotFound(type, context): return "\(path(context)) should be \(type), not null"
        case let .keyNotFound(key, context): return "missing \(([path(context)].filter { !$0.isEmpty } + [key.stringValue]).joined(separator: "."))"
        case let .dataCorrupted(context): return "\(path(context)): \(context.debugDescription)"
        @unknown default: return "unreadable"
        }
    }
}
