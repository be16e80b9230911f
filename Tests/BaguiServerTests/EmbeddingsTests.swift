import Bagui
import BaguiServer
import Foundation
import Testing

/// OpenAI `/v1/embeddings` and the embedding model's v2 form, against sentence-transformers'
/// reference embeddings of all-MiniLM-L6-v2.
@Suite(.serialized, .enabled(if: MiniLMFixture.isAvailable, "needs Scripts/fetch-minilm.sh"))
struct EmbeddingsTests {
    static let picks = [0, 4, 15, 21]

    func models(_ configuration: InputLimits = InputLimits()) -> @Sendable (ServingResources) throws -> [any ServedModel] {
        { resources in
            let embedder = try #require(MiniLMFixture.embedder)
            let shared = ServingResources(pool: resources.pool, batching: resources.batching, inputLimits: configuration, metrics: resources.metrics)
            return [shared.servedModel(for: embedder), DoublingModel()]
        }
    }

    static func jsonString(_ value: Any) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed]), as: UTF8.self)
    }

    static func vectors(_ reply: HTTPReply) throws -> [[Float]] {
        let data = try #require(reply.object?["data"] as? [[String: Any]])
        #expect(data.map { $0["index"] as? Int } == Array(0..<data.count).map { $0 })
        return try data.map { entry in
            if let text = entry["embedding"] as? String {
                let bytes = try #require(Data(base64Encoded: text))
                return stride(from: 0, to: bytes.count, by: 4).map { offset in
                    Float(bitPattern: UInt32(littleEndian: bytes[offset..<offset + 4].withUnsafeBytes { $0.loadUnaligned(as: UInt32.self) }))
                }
            }
            return try #require(entry["embedding"] as? [Double]).map(Float.init)
        }
    }

    @Test(arguments: ["float", "base64"])
    func embeddingsMatchTheReference(format: String) async throws {
        let texts = Self.picks.map { MiniLMFixture.texts[$0] }
        try await TestServer.with(models: models()) { server in
            let body = try Self.jsonString(["input": texts, "model": "all-MiniLM-L6-v2", "encoding_format": format])
            let reply = try await server.post("/v1/embeddings", json: body)
            #expect(reply.status == 200, "\(reply.text.prefix(300))")
            #expect(reply.object?["object"] as? String == "list")
            #expect(reply.object?["model"] as? String == "all-MiniLM-L6-v2")
            let vectors = try Self.vectors(reply)
            #expect(vectors.count == texts.count)
            for (vector, pick) in zip(vectors, Self.picks) {
                #expect(vector.count == 384)
                #expect(MiniLMFixture.maxDifference(vector, MiniLMFixture.reference[pick]) < 1e-4)
            }
            let usage = try #require(reply.object?["usage"] as? [String: Int])
            let embedder = try #require(MiniLMFixture.embedder)
            let tokens = try texts.reduce(0) { $0 + (try embedder.tokenizer.encode($1).ids.count) }
            #expect(usage["prompt_tokens"] == tokens)
            #expect(usage["total_tokens"] == tokens)
        }
    }

    @Test func singleStringTokenIdsAndModelAlias() async throws {
        let text = MiniLMFixture.texts[0]
        let embedder = try #require(MiniLMFixture.embedder)
        let ids = try embedder.tokenizer.encode(text).ids
        try await TestServer.with(models: models()) { server in
            let single = try await server.post("/v1/embeddings", json: try Self.jsonString(["input": text, "model": "sentence-transformers/all-MiniLM-L6-v2"]))
            #expect(single.status == 200)
            #expect(MiniLMFixture.maxDifference(try Self.vectors(single)[0], MiniLMFixture.reference[0]) < 1e-4)
            let flat = try await server.post("/v1/embeddings", json: try Self.jsonString(["input": ids, "model": "all-MiniLM-L6-v2"]))
            #expect(MiniLMFixture.maxDifference(try Self.vectors(flat)[0], MiniLMFixture.reference[0]) < 1e-4)
            // No model named: the served embedding model answers.
            let nested = try await server.post("/v1/embeddings", json: try Self.jsonString(["input": [ids, ids]]))
            #expect(try Self.vectors(nested).count == 2)
            #expect(nested.object?["usage"].flatMap { ($0 as? [String: Int])?["prompt_tokens"] } == 2 * ids.count)
        }
    }

    @Test func v2InferOnTheEmbeddingModel() async throws {
        let texts = Self.picks.map { MiniLMFixture.texts[$0] }
        try await TestServer.with(models: models()) { server in
            let metadata = try await server.get("/v2/models/all-MiniLM-L6-v2")
            let outputs = try #require(metadata.object?["outputs"] as? [[String: Any]])
            #expect(outputs.first?["shape"] as? [Int] == [-1, 384])
            let body = try Self.jsonString(["inputs": [["name": "text", "shape": [texts.count], "datatype": "BYTES", "data": texts]]])
            let reply = try await server.post("/v2/models/all-MiniLM-L6-v2/infer", json: body)
            #expect(reply.status == 200, "\(reply.text.prefix(300))")
            let output = try #require((reply.object?["outputs"] as? [[String: Any]])?.first)
            #expect(output["name"] as? String == "embedding")
            #expect(output["datatype"] as? String == "FP32")
            #expect(output["shape"] as? [Int] == [texts.count, 384])
            let flat = try #require(output["data"] as? [Double]).map(Float.init)
            for (row, pick) in Self.picks.enumerated() {
                #expect(MiniLMFixture.maxDifference(Array(flat[row * 384..<(row + 1) * 384]), MiniLMFixture.reference[pick]) < 1e-4)
            }
        }
    }

    @Test(arguments: [
        (#"{"input":"","model":"all-MiniLM-L6-v2"}"#, "empty string"),
        (#"{"input":[],"model":"all-MiniLM-L6-v2"}"#, "empty array"),
        (#"{"input":5}"#, "must be a string"),
        (#"{"input":["a",1]}"#, "all inputs must be strings"),
        (#"{"input":[[101,102],"a"]}"#, "token-id arrays"),
        (#"{"input":[[-1]]}"#, "outside the vocabulary"),
        (#"{"input":[[30522]]}"#, "outside the vocabulary"),
        (#"{"input":[[1099511627776]]}"#, "outside the vocabulary"),
        (#"{"input":[[100000000000000000000000]]}"#, "outside the vocabulary"),
        (#"{"input":[[]]}"#, "no tokens"),
        (#"{"input":[1.5]}"#, "not an integer"),
        (#"{"input":"a","encoding_format":"hex"}"#, "encoding_format"),
        (#"{"input":"a","dimensions":128}"#, "dimensions"),
        (#"{"input":"a","model":"double"}"#, "does not produce embeddings"),
        (#"["a"]"#, "JSON object"),
        (#"{"model":"all-MiniLM-L6-v2"}"#, "required"),
    ])
    func embeddingsRefuseBadInput(body: String, message: String) async throws {
        try await TestServer.with(models: models()) { server in
            expectError(try await server.post("/v1/embeddings", json: body), 400, containing: message)
        }
    }

    @Test func limitsOnInputsAndTokens() async throws {
        try await TestServer.with(models: models(InputLimits(maxInputs: 3, maxTokensPerInput: 8))) { server in
            let tooMany = try Self.jsonString(["input": ["a", "b", "c", "d"]])
            expectError(try await server.post("/v1/embeddings", json: tooMany), 400, containing: "at most 3")
            let long = try Self.jsonString(["input": [String(repeating: "word ", count: 20)]])
            expectError(try await server.post("/v1/embeddings", json: long), 400, containing: "at most 8 are allowed")
            let longIds = try Self.jsonString(["input": [[101] + Array(repeating: 2000, count: 10) + [102]]])
            expectError(try await server.post("/v1/embeddings", json: longIds), 400, containing: "at most 8")
            let v2 = try Self.jsonString(["inputs": [["name": "text", "shape": [1], "datatype": "BYTES", "data": [String(repeating: "word ", count: 20)]]]])
            expectError(try await server.post("/v2/models/all-MiniLM-L6-v2/infer", json: v2), 400, containing: "tokens")
        }
        // The default follows OpenAI: 2048 inputs, and at most the model's 256 tokens per input.
        try await TestServer.with(models: models()) { server in
            let tooMany = try Self.jsonString(["input": Array(repeating: "a", count: 2049)])
            expectError(try await server.post("/v1/embeddings", json: tooMany), 400, containing: "at most 2048")
            let long = try Self.jsonString(["input": String(repeating: "word ", count: 300)])
            expectError(try await server.post("/v1/embeddings", json: long), 400, containing: "at most 256")
        }
    }

    @Test func autoTruncateEmbedsLikeSentenceTransformers() async throws {
        let embedder = try #require(MiniLMFixture.embedder)
        let text = String(repeating: "sugarcane yield ", count: 200)
        let expected = try embedder.embed([text])[0]
        try await TestServer.with(models: models(InputLimits(autoTruncate: true))) { server in
            let reply = try await server.post("/v1/embeddings", json: try Self.jsonString(["input": text]))
            #expect(reply.status == 200)
            #expect(MiniLMFixture.maxDifference(try Self.vectors(reply)[0], expected) < 1e-5)
            #expect((reply.object?["usage"] as? [String: Int])?["prompt_tokens"] == 256)
        }
    }

    @Test func modelsList() async throws {
        try await TestServer.with(models: models()) { server in
            let reply = try await server.get("/v1/models")
            let data = try #require(reply.object?["data"] as? [[String: Any]])
            #expect(data.map { $0["id"] as? String } == ["all-MiniLM-L6-v2", "double"])
        }
    }

    @Test func unknownEmbeddingModelIs404() async throws {
        try await TestServer.with(models: models()) { server in
            expectError(try await server.post("/v1/embeddings", json: #"{"input":"a","model":"text-embedding-3-small"}"#), 404)
        }
    }
}
