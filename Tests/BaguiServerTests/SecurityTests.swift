import BaguiServer
import Foundation
import Testing

/// API keys (401), the loopback-only default and the key comparison.
@Suite struct SecurityTests {
    static let body = #"{"inputs":[{"name":"x","shape":[1,2],"datatype":"INT64","data":[1,2]}]}"#

    @Test func keysAreRequiredWhenConfigured() async throws {
        var configuration = ServerConfiguration()
        configuration.apiKeys = APIKeys(["s3cret-key", "other-key"])
        try await TestServer.with(configuration, models: { _ in [DoublingModel()] }) { server in
            let missing = try await server.post("/v2/models/double/infer", json: Self.body)
            expectError(missing, 401)
            #expect(missing.header("www-authenticate") == "Bearer")
            expectError(try await server.post("/v2/models/double/infer", json: Self.body, headers: [("Authorization", "Bearer wrong")]), 401)
            expectError(try await server.post("/v2/models/double/infer", json: Self.body, headers: [("Authorization", "Bearer s3cret-ke")]), 401)
            expectError(try await server.post("/v2/models/double/infer", json: Self.body, headers: [("Authorization", "Basic s3cret-key")]), 401)
            expectError(try await server.post("/v2/models/double/infer?api_key=s3cret-key", json: Self.body), 401)
            expectError(try await server.get("/metrics"), 401)
            expectError(try await server.get("/v2"), 401)
            // Unknown routes do not reveal themselves to the unauthenticated.
            expectError(try await server.get("/nothing"), 401)
            for key in ["s3cret-key", "other-key"] {
                let ok = try await server.post("/v2/models/double/infer", json: Self.body, headers: [("Authorization", "Bearer \(key)")])
                #expect(ok.status == 200)
            }
            #expect(try await server.get("/metrics", headers: [("Authorization", "Bearer s3cret-key")]).status == 200)
            // Probes stay open for orchestrators.
            #expect(try await server.get("/v2/health/live").status == 200)
            #expect(try await server.get("/v2/health/ready").status == 200)
        }
    }

    @Test func loopbackNeedsNoKey() async throws {
        try await TestServer.with(models: { _ in [DoublingModel()] }) { server in
            let infer = try await server.post("/v2/models/double/infer", json: Self.body)
            #expect(infer.status == 200)
            #expect(try await server.get("/metrics").status == 200)
        }
    }

    @Test func publicBindWithoutKeysIsRefused() throws {
        let resources = ServingResources(configuration: ServerConfiguration())
        defer { resources.pool.shutdown() }
        for host in ["0.0.0.0", "::", "192.0.2.1"] {
            let configuration = ServerConfiguration(host: host)
            #expect(throws: ConfigurationError.self) {
                try InferenceServer(configuration: configuration, repository: InMemoryModelRepository([]), resources: resources)
            }
            #expect(try BindPolicy.check(host: host, keys: APIKeys(["k"])) != nil)
        }
        for host in ["127.0.0.1", "127.1.2.3", "localhost", "::1"] {
            #expect(try BindPolicy.check(host: host, keys: APIKeys([])) == nil)
        }
        #expect(ServerConfiguration().host == "127.0.0.1")
        #expect(ServerConfiguration().port == 8080)
    }

    @Test func keysLoadFromFileAndEnvironment() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("bagui-keys-\(UUID().uuidString)")
        try "# operators\nkey-one\n\n  key-two  \n".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let keys = try APIKeys.load(file: file.path, environment: "key-three, key-four")
        #expect(keys.count == 4)
        for key in ["key-one", "key-two", "key-three", "key-four"] { #expect(keys.accepts(Substring(key))) }
        #expect(!keys.accepts("key"))
        #expect(!keys.accepts("# operators"))
        #expect(!APIKeys([]).isEnabled)
    }
}
