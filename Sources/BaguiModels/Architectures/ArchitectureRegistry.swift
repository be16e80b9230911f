import BaguiTensor
import Foundation

/// A network built from a model folder, whatever its architecture.
public protocol LoadedNetwork: Sendable {
    /// The `model_type` it was built from.
    var modelType: String { get }
}

/// The architectures this runtime can build, keyed by `config.json`'s `model_type`
/// (the pattern of mlx-swift-lm's `LLMTypeRegistry` and swift-transformers' `knownTokenizers`).
/// An unknown type is a typed error, never a trap. Packages that depend on Bagui add their own
/// architectures with ``register(_:builder:)``.
public final class ArchitectureRegistry: @unchecked Sendable {
    // @unchecked: `builders` is only read or written under `lock`.

    /// Builds a network from a folder's config and its validated weights; throws on any mismatch.
    public typealias Builder = @Sendable (_ directory: URL, _ weights: WeightStore) throws -> any LoadedNetwork

    /// The process-wide registry, holding Bagui's built-in architectures.
    public static let shared = ArchitectureRegistry(builtIns: true)

    private let lock = NSLock()
    private var builders: [String: Builder] = [:]

    /// An empty registry, or one holding the built-in architectures.
    public init(builtIns: Bool = false) {
        guard builtIns else { return }
        builders["bert"] = { directory, weights in
            let config: BertConfig = try ModelDirectory.readConfig(directory, expecting: "bert")
            let root = ModelDirectory.bertRoot(in: weights)
            let model = try BertModel(root, config: config)
            try ModelDirectory.checkAllWeightsUsed(weights, ignoring: ModelDirectory.bertBuffers(under: root))
            return model
        }
        builders[SeriesEncoderModel.modelType] = { try SeriesEncoderModel(directory: $0, weights: $1) }
        builders[TextClassifierModel.modelType] = { try TextClassifierModel(directory: $0, weights: $1) }
        builders[MLPModel.modelType] = { directory, weights in
            let model = try MLPModel(weights.scope(""), config: try ModelDirectory.readConfig(directory, expecting: MLPModel.modelType))
            try ModelDirectory.checkAllWeightsUsed(weights, ignoring: [])
            return model
        }
    }

    /// Adds or replaces the builder for `modelType`.
    public func register(_ modelType: String, builder: @escaping Builder) {
        lock.withLock { builders[modelType] = builder }
    }

    /// The registered model types, sorted.
    public var modelTypes: [String] { lock.withLock { builders.keys.sorted() } }

    /// Reads `directory/config.json`'s `model_type` and builds that architecture over `weights`.
    public func build(directory: URL, weights: WeightStore) throws -> any LoadedNetwork {
        let type = try Self.modelType(in: directory)
        guard let builder = lock.withLock({ builders[type] }) else {
            throw ModelError.unknownArchitecture(type, known: modelTypes)
        }
        return try builder(directory, weights)
    }

    /// The `model_type` declared in `directory/config.json`.
    public static func modelType(in directory: URL) throws -> String {
        let json = try SentenceTransformerLayout.readJSON(directory.appendingPathComponent("config.json"))
        guard let type = json["model_type"]?.string, !type.isEmpty else { throw ModelError.invalidConfig("config.json has no model_type") }
        return type
    }
}

extension BertModel: LoadedNetwork {
    /// `bert`
    public var modelType: String { "bert" }
}
