import BaguiJSON
import BaguiNN
import Foundation

/// What a sentence-transformers folder says about turning token vectors into one embedding:
/// `modules.json` (the pipeline), `1_Pooling/config.json`, an optional `Normalize` module and
/// `sentence_bert_config.json` (`max_seq_length`). A plain Hugging Face folder without
/// `modules.json` gets mean pooling and no normalisation.
public struct SentenceTransformerLayout: Sendable, Equatable {
    /// How token vectors are pooled.
    public var pooling: Pooling
    /// Whether the pooled vector is scaled to unit length.
    public var normalize: Bool
    /// Longest token sequence the model reads; longer inputs are truncated. Nil: the tokenizer's own.
    public var maxSequenceLength: Int?

    /// The module types this runtime implements (sentence_transformers/models/*.py).
    static let transformer = "sentence_transformers.models.Transformer"
    static let pooling = "sentence_transformers.models.Pooling"
    static let normalize = "sentence_transformers.models.Normalize"

    /// Reads the layout of the model folder `directory`.
    public init(directory: URL) throws {
        let modulesURL = directory.appendingPathComponent("modules.json")
        var pooling: Pooling?
        var normalize = false
        let list: [JSONValue]
        if FileManager.default.fileExists(atPath: modulesURL.path) {
            guard let modules = try Self.readJSON(modulesURL).array else { throw ModelError.invalidConfig("modules.json must be an array of modules") }
            list = modules
        } else {
            list = []
        }
        for (position, module) in list.enumerated() {
            guard let type = module["type"]?.string else { throw ModelError.invalidConfig("modules.json: module \(position) has no type") }
            switch type {
            case Self.transformer:
                guard position == 0, (module["path"]?.string ?? "").isEmpty else {
                    throw ModelError.invalidConfig("modules.json: the Transformer module must come first, at the folder root")
                }
            case Self.pooling:
                let path = module["path"]?.string ?? ""
                guard Self.isPlainSubfolder(path) else { throw ModelError.invalidConfig("modules.json: pooling path \"\(path)\" must be a subfolder name") }
                pooling = try Self.readPooling(directory.appendingPathComponent(path).appendingPathComponent("config.json"))
            case Self.normalize:
                normalize = true
            default:
                throw ModelError.invalidConfig("modules.json: module type \"\(type)\" is not supported (supported: Transformer, Pooling, Normalize)")
            }
        }
        var maxSequenceLength: Int?
        let bertConfigURL = directory.appendingPathComponent("sentence_bert_config.json")
        if FileManager.default.fileExists(atPath: bertConfigURL.path) {
            let config = try Self.readJSON(bertConfigURL)
            if let value = config["max_seq_length"], !value.isNull {
                guard let length = value.int, length > 0 else { throw ModelError.invalidConfig("sentence_bert_config.json: max_seq_length must be a positive integer") }
                maxSequenceLength = length
            }
        }
        self.init(pooling: pooling ?? .mean, normalize: normalize, maxSequenceLength: maxSequenceLength)
    }

    /// A layout given directly.
    public init(pooling: Pooling, normalize: Bool, maxSequenceLength: Int?) {
        self.pooling = pooling
        self.normalize = normalize
        self.maxSequenceLength = maxSequenceLength
    }

    private static func readPooling(_ url: URL) throws -> Pooling {
        let config = try readJSON(url)
        let modes: [(String, Pooling?)] = [
            ("pooling_mode_mean_tokens", .mean), ("pooling_mode_cls_token", .cls), ("pooling_mode_max_tokens", .max),
            ("pooling_mode_mean_sqrt_len_tokens", nil), ("pooling_mode_weightedmean_tokens", nil), ("pooling_mode_lasttoken", nil),
        ]
        let enabled = modes.filter { config[$0.0]?.bool == true }
        guard enabled.count == 1, let mode = enabled[0].1 else {
            let names = enabled.map(\.0).joined(separator: ", ")
            throw ModelError.invalidConfig("1_Pooling/config.json: exactly one of mean, cls or max pooling must be on (found: \(names.isEmpty ? "none" : names))")
        }
        return mode
    }

    static func isPlainSubfolder(_ path: String) -> Bool {
        !path.isEmpty && !path.contains("/") && !path.contains("\\") && path != "." && path != ".."
    }

    static func readJSON(_ url: URL) throws -> JSONValue {
        let data: Data
        do { data = try Data(contentsOf: url) } catch { throw ModelError.missingFile(url.lastPathComponent) }
        guard data.count <= 16 << 20 else { throw ModelError.invalidConfig("\(url.lastPathComponent) is larger than 16 MB") }
        do { return try StrictJSONParser.parse(data) } catch { throw ModelError.invalidConfig("\(url.lastPathComponent): \(error)") }
    }
}
