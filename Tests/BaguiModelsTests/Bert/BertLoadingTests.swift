import BaguiModels
import BaguiTensor
import Foundation
import Testing

/// Trust matrix A19: a `config.json` that disagrees with the weights is refused at load, with the
/// tensor named; and `config.json` itself is validated before anything is built.
@Suite("BERT loading checks config.json against the weights")
struct BertLoadingTests {
    func load(_ tiny: TinyBert) throws -> any LoadedNetwork {
        let directory = try tiny.write()
        defer { try? FileManager.default.removeItem(at: directory) }
        return try ArchitectureRegistry.shared.build(directory: directory, weights: WeightStore(directory: directory.path))
    }

    /// The error thrown by `body`, as the sentence a person would read.
    func message(_ body: () throws -> Any) -> String {
        do {
            _ = try body()
            return "no error"
        } catch {
            return String(describing: error)
        }
    }

    @Test("a consistent tiny checkpoint loads")
    func consistentCheckpointLoads() throws {
        #expect(try load(TinyBert()).modelType == "bert")
    }

    @Test("hidden_size disagreeing with a weight names the tensor and both shapes")
    func hiddenSizeMismatch() {
        var tiny = TinyBert()
        tiny.configOverrides = ["hidden_size": 6, "num_attention_heads": 2]
        let text = message { try load(tiny) }
        #expect(text.contains("embeddings.word_embeddings.weight"), "\(text)")
        #expect(text.contains("model.safetensors"), "\(text)")
    }

    @Test("a layer the config promises but the file lacks is named")
    func missingLayer() {
        var tiny = TinyBert()
        tiny.configOverrides = ["num_hidden_layers": 2]
        let text = message { try load(tiny) }
        #expect(text.contains("encoder.layer.1."), "\(text)")
    }

    @Test("a missing tensor is named")
    func missingTensor() {
        var tiny = TinyBert()
        tiny.omit = ["encoder.layer.0.output.LayerNorm.bias"]
        #expect(message { try load(tiny) }.contains("encoder.layer.0.output.LayerNorm.bias"))
    }

    @Test("an extra tensor the model never reads is refused and named")
    func extraTensor() {
        var tiny = TinyBert()
        tiny.extra = ["encoder.layer.7.attention.self.query.weight": [8, 8]]
        #expect(message { try load(tiny) }.contains("encoder.layer.7.attention.self.query.weight"))
    }

    @Test("config values that cannot make a network are refused", arguments: [
        ["hidden_size": 9], ["num_attention_heads": 0], ["hidden_act": "swish"], ["position_embedding_type": "relative_key"],
        ["layer_norm_eps": -1.0], ["vocab_size": -5], ["hidden_size": "eight"],
    ] as [[String: any Sendable]])
    func invalidConfigValues(_ overrides: [String: any Sendable]) {
        var tiny = TinyBert()
        tiny.configOverrides = overrides
        let text = message { try load(tiny) }
        #expect(text.hasPrefix("invalid model configuration"), "\(overrides): \(text)")
    }

    @Test("an unknown model_type is a typed error listing the known ones")
    func unknownModelType() throws {
        var tiny = TinyBert()
        tiny.configOverrides = ["model_type": "llama"]
        #expect(throws: ModelError.unknownArchitecture("llama", known: ArchitectureRegistry.shared.modelTypes)) { try load(tiny) }
    }

    @Test("a registry can learn a new architecture without changing Bagui")
    func registeringAnArchitecture() throws {
        struct Toy: LoadedNetwork { var modelType: String { "toy" } }
        let registry = ArchitectureRegistry()
        registry.register("toy") { _, _ in Toy() }
        var tiny = TinyBert()
        tiny.configOverrides = ["model_type": "toy"]
        let directory = try tiny.write()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try registry.build(directory: directory, weights: WeightStore(directory: directory.path)).modelType == "toy")
    }
}
