import BaguiTensor
import BaguiTokenizers
import Foundation

/// What a model folder holds, established by loading it completely: the network is built through
/// the ``ArchitectureRegistry`` (every tensor checked against `config.json`) and the tokenizer is
/// parsed. A folder that inspects cleanly is one Bagui can run.
public struct ModelInspection: Codable, Sendable, Equatable {
    /// One tensor of the checkpoint.
    public struct TensorEntry: Codable, Sendable, Equatable {
        /// Full dotted name.
        public var name: String
        /// safetensors dtype, e.g. `F32`.
        public var dtype: String
        /// Dimensions, outermost first.
        public var shape: [Int]
        /// The file holding it (one of several shards, or `model.safetensors`).
        public var file: String
    }

    /// The `model_type` of `config.json`.
    public var architecture: String
    /// Elements of all floating-point tensors.
    public var parameters: Int
    /// Number of tensors of each dtype.
    public var dtypes: [String: Int]
    /// Every tensor, sorted by name.
    public var tensors: [TensorEntry]
    /// The tokenizer model (`WordPiece`, `BPE`), or nil when the folder has no `tokenizer.json`.
    public var tokenizer: String?
    /// Tokenizer vocabulary size, when there is a tokenizer.
    public var vocabularySize: Int?

    /// Loads and validates the model in `directory`.
    public static func inspect(directory: URL, registry: ArchitectureRegistry = .shared) throws -> ModelInspection {
        let store = try WeightStore(directory: directory.path)
        let network = try registry.build(directory: directory, weights: store)
        var tokenizer: Tokenizer?
        let tokenizerURL = directory.appendingPathComponent("tokenizer.json")
        if FileManager.default.fileExists(atPath: tokenizerURL.path) { tokenizer = try Tokenizer(contentsOf: tokenizerURL) }

        let infos = store.names.sorted().compactMap { name in store.info(name).map { (name, $0) } }
        return ModelInspection(
            architecture: network.modelType,
            parameters: infos.filter { $0.1.dtype.isLoadableAsFloat32 }.reduce(0) { $0 + $1.1.elementCount },
            dtypes: infos.reduce(into: [:]) { $0[$1.1.dtype.rawValue, default: 0] += 1 },
            tensors: infos.map { name, info in
                TensorEntry(name: name, dtype: info.dtype.rawValue, shape: info.shape, file: store.fileName(of: name) ?? "?")
            },
            tokenizer: tokenizer?.modelKind,
            vocabularySize: tokenizer?.vocabularySize)
    }
}
