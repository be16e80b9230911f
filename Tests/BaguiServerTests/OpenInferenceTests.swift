import BaguiServer
import Foundation
import Testing

/// Open Inference Protocol v2 over real HTTP on loopback.
@Suite(.serialized) struct OpenInferenceTests {
    let models: @Sendable (ServingResources) -> [any ServedModel] = { _ in [DoublingModel(), DoublingModel(version: "2"), BrokenModel()] }

    @Test func healthServerMetadataAndRepositoryIndex() async throws {
        try await TestServer.with(models: models) { server in
            let live = try await server.get("/v2/health/live")
            #expect(live.status == 200)
            #expect(live.object?["live"] as? Bool == true)
            // One model failed to load, so the server is not ready (C6).
            let ready = try await server.get("/v2/health/ready")
            #expect(ready.status == 503)
            #expect(ready.object?["ready"] as? Bool == false)
            let metadata = try await server.get("/v2")
            #expect(metadata.status == 200)
            #expect(metadata.object?["name"] as? String == "bagui")
            #expect(metadata.object?["extensions"] as? [String] == ["model_repository"])
            let index = try await server.send("/v2/repository/index")
            let entries = try #require(index.json as? [[String: Any]])
            #expect(entries.map { $0["name"] as? String } == ["double", "double", "broken"])
            #expect(entries.map { $0["state"] as? String } == ["READY", "READY", "UNAVAILABLE"])
        }
    }

    @Test func modelMetadataAndReadiness() async throws {
        try await TestServer.with(models: models) { server in
            for path in ["/v2/models/double", "/v2/models/double/versions/1"] {
                let reply = try await server.get(path)
                #expect(reply.status == 200)
                let object = try #require(reply.object)
                #expect(object["name"] as? String == "double")
                #expect(object["versions"] as? [String] == ["1", "2"])
                #expect(object["platform"] as? String == "bagui_test")
                let inputs = try #require(object["inputs"] as? [[String: Any]])
                #expect(inputs.first?["datatype"] as? String == "INT64")
                #expect(inputs.first?["shape"] as? [Int] == [-1, 2])
                let ready = try await server.get(path + "/ready")
                #expect(ready.status == 200)
                #expect(ready.object?["ready"] as? Bool == true)
            }
            let broken = try await server.get("/v2/models/broken/ready")
            #expect(broken.status == 503)
            #expect(broken.object?["ready"] as? Bool == false)
        }
    }

    @Test func inferEchoesIdAndFiltersOutputs() async throws {
        try await TestServer.with(models: models) { server in
            let body = #"{"id":"42","inputs":[{"name":"x","shape":[2,2],"datatype":"INT64","data":[[1,2],[3,4]]}],"outputs":[{"name":"y"}]}"#
            for path in ["/v2/models/double/infer", "/v2/models/double/versions/2/infer"] {
                let reply = try await server.post(path, json: body)
                #expect(reply.status == 200, "\(reply.text)")
                let object = try #require(reply.object)
                #expect(object["id"] as? String == "42")
                #expect(object["model_name"] as? String == "double")
                let output = try #require((object["outputs"] as? [[String: Any]])?.first)
                #expect(output["name"] as? String == "y")
                #expect(output["shape"] as? [Int] == [2, 2])
                #expect(output["data"] as? [Int] == [2, 4, 6, 8])
            }
            let version = try await server.post("/v2/models/double/versions/1/infer", json: body)
            #expect(version.object?["model_version"] as? String == "1")
        }
    }

    @Test(arguments: [
        ("{not json", "invalid JSON"),
        (#"{"inputs":[{"name":"x","shape":[1,2],"datatype":"FP32","data":[1.0,2.0]}]}"#, "must be INT64"),
        (#"{"inputs":[{"name":"x","shape":[2],"datatype":"INT64","data":[1,2]}]}"#, "has shape"),
        (#"{"inputs":[{"name":"x","shape":[1,2],"datatype":"INT64","data":[1,2,3]}]}"#, "more elements than its shape allows"),
        (#"{"inputs":[{"name":"x","shape":[2,2],"datatype":"INT64","data":[1,2,3]}]}"#, "has 3 elements"),
        (#"{"inputs":[{"name":"x","shape":[-1,2],"datatype":"INT64","data":[1,2]}]}"#, "must be positive"),
        (#"{"inputs":[{"name":"x","shape":[0,2],"datatype":"INT64","data":[]}]}"#, "must be positive"),
        (#"{"inputs":[{"name":"x","shape":[4294967296,4294967296,4294967296],"datatype":"INT64","data":[1]}]}"#, "too large"),
        (#"{"inputs":[{"name":"x","shape":[1,2],"datatype":"INT128","data":[1,2]}]}"#, "not a known datatype"),
        (#"{"inputs":[{"name":"x","shape":[1,2],"datatype":"INT64","data":["a","b"]}]}"#, "not a INT64 value"),
        (#"{"inputs":[{"name":"x","shape":[1,2],"datatype":"INT64","data":[1,2]},{"name":"x","shape":[1,2],"datatype":"INT64","data":[1,2]}]}"#, "appears twice"),
        (#"{"inputs":[{"name":"z","shape":[1,2],"datatype":"INT64","data":[1,2]}]}"#, "has no input"),
        (#"{"inputs":[]}"#, "empty"),
        (#"{"inputs":[{"name":"x","shape":[1,2],"datatype":"INT64","data":[1,2]}],"outputs":[{"name":"nope"}]}"#, "has no output"),
        (#"{"inputs":[{"name":"x","shape":[1,2],"datatype":"INT64","data":[1,2],"parameters":{"binary_data_size":16}}]}"#, "binary"),
        (#"{"inputs":[{"name":"x","shape":[1,2],"datatype":"INT64","data":[1,2]}],"inputs":[]}"#, "twice"),
        (String(repeating: "[", count: 100_000), "nested deeper"),
    ])
    func inferRefusesMalformedRequests(body: String, message: String) async throws {
        try await TestServer.with(models: models) { server in
            let reply = try await server.post("/v2/models/double/infer", json: body)
            expectError(reply, 400, containing: message)
        }
    }

    @Test func unknownModelsVersionsAndRoutesAre404() async throws {
        try await TestServer.with(models: models) { server in
            expectError(try await server.post("/v2/models/nope/infer", json: "{}"), 404, containing: "not served")
            expectError(try await server.get("/v2/models/nope"), 404)
            expectError(try await server.get("/v2/models/double/versions/9"), 404, containing: "no version")
            expectError(try await server.get("/v2/models/double/versions/9/ready"), 404)
            expectError(try await server.get("/v1/nothing-here"), 404)
            expectError(try await server.send("/v2/repository/models/double/load"), 404)
        }
    }

    @Test func modelThatIsNotReadyAnswers503() async throws {
        try await TestServer.with(models: models) { server in
            let body = #"{"inputs":[{"name":"x","shape":[1,2],"datatype":"INT64","data":[1,2]}]}"#
            expectError(try await server.post("/v2/models/broken/infer", json: body), 503, containing: "not ready")
        }
    }
}

extension TestServer {
    /// POST with an empty JSON object body.
    func send(_ path: String) async throws -> HTTPReply { try await post(path, json: "{}") }
}
