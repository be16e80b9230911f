import Foundation
import Testing

/// `bagui inspect`, run as a process, on the real model and on damaged copies of it.
@Suite("bagui inspect (end to end)")
struct InspectCommandTests {
    static let parameters = 22_713_216
    static let tensorCount = 104

    /// `bagui inspect --json` output.
    struct Inspection: Decodable {
        struct Tensor: Decodable { let name: String; let dtype: String; let shape: [Int]; let file: String }
        let architecture: String
        let parameters: Int
        let dtypes: [String: Int]
        let tensors: [Tensor]
        let tokenizer: String?
        let vocabularySize: Int?
    }

    @Test("--json describes all-MiniLM-L6-v2: bert, 22 713 216 parameters, 104 tensors, WordPiece")
    func json() throws {
        let model = try Repository.requireMiniLM()
        let run = try BaguiBinary.run(["inspect", model.path, "--json"])
        try #require(run.status == 0, "\(run)")
        let inspection = try JSONDecoder().decode(Inspection.self, from: run.stdout)
        #expect(inspection.architecture == "bert")
        #expect(inspection.parameters == Self.parameters)
        #expect(inspection.tensors.count == Self.tensorCount)
        #expect(inspection.dtypes.values.reduce(0, +) == Self.tensorCount)
        #expect(inspection.tokenizer == "WordPiece")
        #expect(inspection.vocabularySize == 30522)
        #expect(inspection.tensors.map(\.name) == inspection.tensors.map(\.name).sorted())
        let embeddings = try #require(inspection.tensors.first { $0.name == "embeddings.word_embeddings.weight" })
        #expect(embeddings.shape == [30522, 384])
        #expect(embeddings.dtype == "F32")
        #expect(embeddings.file == "model.safetensors")
    }

    @Test("the text report has the summary lines, and --tensors lists every tensor")
    func text() throws {
        let model = try Repository.requireMiniLM()
        let plain = try BaguiBinary.run(["inspect", model.path])
        try #require(plain.status == 0, "\(plain)")
        let lines = plain.stdoutLines
        #expect(lines.count == 5, "\(plain.stdoutText)")
        #expect(lines.first == "Architecture:  bert")
        let parameterLine = try #require(lines.first { $0.hasPrefix("Parameters:") })
        #expect(parameterLine.filter(\.isNumber).hasPrefix("22713216"), "\(parameterLine)")
        #expect(parameterLine.hasSuffix("(22.7 M)"))
        #expect(lines.contains { $0.hasPrefix("Tensors:       104 (") })
        #expect(lines.contains("Tokenizer:     WordPiece, 30522 tokens"))
        #expect(lines.contains { $0.hasPrefix("Validation:    passed") })

        let withTensors = try BaguiBinary.run(["inspect", model.path, "--tensors"])
        try #require(withTensors.status == 0, "\(withTensors)")
        let listed = withTensors.stdoutLines.filter { $0.hasPrefix("  ") }
        #expect(listed.count == Self.tensorCount)
        #expect(listed.contains("  embeddings.word_embeddings.weight  F32 [30522, 384]"))
        #expect(Array(withTensors.stdoutLines.prefix(5)) == lines)
    }

    // MARK: - Damaged copies

    /// A temporary copy of the model folder: every file symlinked except those `change` rewrites.
    private func damagedCopy(_ change: (URL) throws -> Void) throws -> URL {
        let model = try Repository.requireMiniLM()
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("bagui-damaged-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: model.path) {
            try FileManager.default.createSymbolicLink(
                at: copy.appendingPathComponent(name), withDestinationURL: model.appendingPathComponent(name))
        }
        try change(copy)
        return copy
    }

    /// Replaces the symlink `name` in `copy` with `contents`.
    private func replace(_ name: String, in copy: URL, with contents: Data) throws {
        let url = copy.appendingPathComponent(name)
        try FileManager.default.removeItem(at: url)
        try contents.write(to: url)
    }

    /// `config.json` of the model with `edit` applied to its JSON object.
    private func editedConfig(_ edit: (inout [String: Any]) -> Void) throws -> Data {
        let model = try Repository.requireMiniLM()
        let data = try Data(contentsOf: model.appendingPathComponent("config.json"))
        var config = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        edit(&config)
        return try JSONSerialization.data(withJSONObject: config)
    }

    private func inspectDamaged(_ change: (URL) throws -> Void) throws -> BaguiBinary.Run {
        let copy = try damagedCopy(change)
        defer { try? FileManager.default.removeItem(at: copy) }
        return try BaguiBinary.run(["inspect", copy.path])
    }

    @Test("a folder without tokenizer.json still inspects: the tokenizer is reported as none")
    func missingTokenizerIsFine() throws {
        let run = try inspectDamaged { try FileManager.default.removeItem(at: $0.appendingPathComponent("tokenizer.json")) }
        try #require(run.status == 0, "\(run)")
        #expect(run.stdoutLines.contains("Tokenizer:     none"))
        #expect(run.stdoutLines.first == "Architecture:  bert")
    }

    @Test("a truncated model.safetensors is one clear line naming the file")
    func truncatedWeights() throws {
        let model = try Repository.requireMiniLM()
        let handle = try FileHandle(forReadingFrom: model.appendingPathComponent("model.safetensors"))
        let prefix = try handle.read(upToCount: 4_000_000) ?? Data()
        try handle.close()
        let run = try inspectDamaged { try replace("model.safetensors", in: $0, with: prefix) }
        BaguiBinary.expectCleanFailure(run, mentioning: ["model.safetensors"])
    }

    @Test("a model.safetensors cut inside its header length is one clear line naming the file")
    func headerTooSmall() throws {
        let run = try inspectDamaged { try replace("model.safetensors", in: $0, with: Data([0x10, 0, 0])) }
        BaguiBinary.expectCleanFailure(run, mentioning: ["model.safetensors"])
    }

    @Test("a missing model.safetensors is one clear line naming the file")
    func missingWeights() throws {
        let run = try inspectDamaged { try FileManager.default.removeItem(at: $0.appendingPathComponent("model.safetensors")) }
        BaguiBinary.expectCleanFailure(run, mentioning: ["model.safetensors"])
    }

    @Test("a config.json whose hidden_size disagrees with the weights names a tensor")
    func wrongHiddenSize() throws {
        let config = try editedConfig { $0["hidden_size"] = 256; $0["num_attention_heads"] = 8 }
        let run = try inspectDamaged { try replace("config.json", in: $0, with: config) }
        BaguiBinary.expectCleanFailure(run, mentioning: [".weight"])
    }

    @Test("an unknown model_type names the type and the known ones")
    func unknownModelType() throws {
        let config = try editedConfig { $0["model_type"] = "gpt-neo-unknown" }
        let run = try inspectDamaged { try replace("config.json", in: $0, with: config) }
        BaguiBinary.expectCleanFailure(run, mentioning: ["gpt-neo-unknown", "bert"])
    }

    @Test("a missing or malformed config.json is one clear line naming the file")
    func badConfig() throws {
        let missing = try inspectDamaged { try FileManager.default.removeItem(at: $0.appendingPathComponent("config.json")) }
        BaguiBinary.expectCleanFailure(missing, mentioning: ["config.json"])
        let duplicate = Data(#"{"model_type": "bert", "hidden_size": 384, "hidden_size": 768}"#.utf8)
        let malformed = try inspectDamaged { try replace("config.json", in: $0, with: duplicate) }
        BaguiBinary.expectCleanFailure(malformed, mentioning: ["config.json", "hidden_size"])
    }

    @Test("a config.json nested 100 000 levels deep is refused in one line, with no stack overflow (trust matrix B4)")
    func deeplyNestedConfig() throws {
        let depth = 100_000
        let config = Data(("{\"model_type\": \"bert\", \"x\": " + String(repeating: "[", count: depth)
                           + String(repeating: "]", count: depth) + "}").utf8)
        let run = try inspectDamaged { try replace("config.json", in: $0, with: config) }
        BaguiBinary.expectCleanFailure(run, mentioning: ["config.json", "nested"])
    }

    @Test("a folder that does not exist is one clear line naming it")
    func missingFolder() throws {
        let path = "/nonexistent/bagui-model-\(UUID().uuidString)"
        let run = try BaguiBinary.run(["inspect", path])
        BaguiBinary.expectCleanFailure(run)
        #expect(run.stderr.contains(path) || run.stderr.contains("model.safetensors") || run.stderr.contains("config.json"),
                "\(run)")
    }
}
