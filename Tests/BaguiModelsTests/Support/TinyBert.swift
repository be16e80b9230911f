import BaguiTensor
import Foundation

/// A tiny BERT checkpoint written to a temporary folder, for tests that change one thing at a time
/// (a config field, a missing or extra tensor) and check the loader names what is wrong.
struct TinyBert {
    var hidden = 8, layers = 1, heads = 2, intermediate = 16, vocab = 12, positions = 16, types = 2
    var configOverrides: [String: Any] = [:]
    /// Tensors to leave out of the checkpoint.
    var omit: Set<String> = []
    /// Extra tensors to add: name → shape.
    var extra: [String: [Int]] = [:]

    /// Every tensor a `BertModel` with these sizes reads, with its shape.
    var tensors: [(String, [Int])] {
        var list: [(String, [Int])] = [
            ("embeddings.word_embeddings.weight", [vocab, hidden]),
            ("embeddings.position_embeddings.weight", [positions, hidden]),
            ("embeddings.token_type_embeddings.weight", [types, hidden]),
            ("embeddings.LayerNorm.weight", [hidden]), ("embeddings.LayerNorm.bias", [hidden]),
        ]
        for l in 0..<layers {
            let p = "encoder.layer.\(l)."
            for name in ["query", "key", "value"] {
                list += [(p + "attention.self.\(name).weight", [hidden, hidden]), (p + "attention.self.\(name).bias", [hidden])]
            }
            list += [
                (p + "attention.output.dense.weight", [hidden, hidden]), (p + "attention.output.dense.bias", [hidden]),
                (p + "attention.output.LayerNorm.weight", [hidden]), (p + "attention.output.LayerNorm.bias", [hidden]),
                (p + "intermediate.dense.weight", [intermediate, hidden]), (p + "intermediate.dense.bias", [intermediate]),
                (p + "output.dense.weight", [hidden, intermediate]), (p + "output.dense.bias", [hidden]),
                (p + "output.LayerNorm.weight", [hidden]), (p + "output.LayerNorm.bias", [hidden]),
            ]
        }
        return list
    }

    /// Writes `config.json` and `model.safetensors` into a new temporary folder and returns it.
    func write() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tiny-bert-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var config: [String: Any] = [
            "model_type": "bert", "vocab_size": vocab, "hidden_size": hidden, "num_hidden_layers": layers,
            "num_attention_heads": heads, "intermediate_size": intermediate, "max_position_embeddings": positions,
            "type_vocab_size": types, "hidden_act": "gelu", "layer_norm_eps": 1e-12,
        ]
        config.merge(configOverrides) { $1 }
        try JSONSerialization.data(withJSONObject: config).write(to: directory.appendingPathComponent("config.json"))
        var generator = SplitMix64(seed: 7)
        let all = tensors.filter { !omit.contains($0.0) } + extra.map { ($0.key, $0.value) }
        let entries = all.map { name, shape in
            SafeTensorsWriter.Entry(name: name, shape: shape, floats: (0..<shape.reduce(1, *)).map { _ in generator.nextFloat() * 0.1 })
        }
        try SafeTensorsWriter.write(entries, to: directory.appendingPathComponent("model.safetensors").path)
        return directory
    }
}
