import BaguiModels
import BaguiNN
import Foundation
import Testing

/// Reading `modules.json`, `1_Pooling/config.json` and `sentence_bert_config.json`.
@Suite("SentenceTransformerLayout")
struct SentenceTransformerLayoutTests {
    /// A folder holding `files` (relative path → contents).
    func folder(_ files: [String: String]) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("st-layout-\(UUID().uuidString)")
        for (path, contents) in files {
            let url = directory.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(contents.utf8).write(to: url)
        }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    static let modules = """
        [{"idx":0,"name":"0","path":"","type":"sentence_transformers.models.Transformer"},
         {"idx":1,"name":"1","path":"1_Pooling","type":"sentence_transformers.models.Pooling"},
         {"idx":2,"name":"2","path":"2_Normalize","type":"sentence_transformers.models.Normalize"}]
        """

    @Test("MiniLM's layout: mean pooling, normalised, 256 tokens")
    func miniLM() throws {
        let layout = try SentenceTransformerLayout(directory: MiniLMFixture.requireModel())
        #expect(layout == SentenceTransformerLayout(pooling: .mean, normalize: true, maxSequenceLength: 256))
    }

    @Test("a plain Hugging Face folder gets mean pooling without normalisation")
    func plainFolder() throws {
        #expect(try SentenceTransformerLayout(directory: folder([:])) == SentenceTransformerLayout(pooling: .mean, normalize: false, maxSequenceLength: nil))
    }

    @Test("CLS pooling is read from the pooling config")
    func clsPooling() throws {
        let directory = try folder(["modules.json": Self.modules, "1_Pooling/config.json": #"{"pooling_mode_cls_token": true, "pooling_mode_mean_tokens": false}"#])
        #expect(try SentenceTransformerLayout(directory: directory).pooling == .cls)
    }

    @Test("unsupported or unsafe layouts are refused with a sentence", arguments: [
        #"[{"type":"sentence_transformers.models.Dense","path":"2_Dense"}]"#,
        #"[{"type":"sentence_transformers.models.Transformer","path":""},{"type":"sentence_transformers.models.Pooling","path":"../../etc"}]"#,
        #"{"not":"a list"}"#,
        #"[{"type":"sentence_transformers.models.Transformer","path":""},{"type":"sentence_transformers.models.Transformer","path":""}]"#,
    ])
    func refusedLayouts(modules: String) throws {
        let directory = try folder(["modules.json": modules, "1_Pooling/config.json": #"{"pooling_mode_mean_tokens": true}"#])
        #expect(throws: ModelError.self) { try SentenceTransformerLayout(directory: directory) }
    }

    @Test("two pooling modes at once, or none, are refused")
    func ambiguousPooling() throws {
        for config in [#"{"pooling_mode_cls_token": true, "pooling_mode_mean_tokens": true}"#, #"{"pooling_mode_mean_sqrt_len_tokens": true}"#, "{}"] {
            let directory = try folder(["modules.json": Self.modules, "1_Pooling/config.json": config])
            #expect(throws: ModelError.self) { try SentenceTransformerLayout(directory: directory) }
        }
    }

    @Test("max_seq_length must be a positive integer")
    func maxSequenceLength() throws {
        for bad in ["0", "-3", "1.5", "\"256\""] {
            let directory = try folder(["sentence_bert_config.json": #"{"max_seq_length": \#(bad)}"#])
            #expect(throws: ModelError.self) { try SentenceTransformerLayout(directory: directory) }
        }
    }
}
