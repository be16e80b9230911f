import BaguiServer
import Foundation
import Testing

/// Graceful shutdown: readiness first, then no new work, while requests in flight finish (C10).
@Suite struct LifecycleTests {
    static let body = #"{"inputs":[{"name":"x","shape":[1,2],"datatype":"INT64","data":[1,2]}]}"#

    @Test func drainingAnswers503ButLivenessHolds() async throws {
        try await TestServer.with(models: { _ in [DoublingModel()] }) { server in
            #expect(try await server.get("/v2/health/ready").status == 200)
            server.server.state.beginDraining()
            let ready = try await server.get("/v2/health/ready")
            #expect(ready.status == 503)
            #expect(ready.object?["ready"] as? Bool == false)
            #expect(try await server.get("/v2/health/live").status == 200)
            expectError(try await server.post("/v2/models/double/infer", json: Self.body), 503, containing: "shutting down")
            expectError(try await server.post("/v1/embeddings", json: #"{"input":"a"}"#), 503)
        }
    }

    @Test func shutdownLetsTheRequestInFlightFinish() async throws {
        var configuration = ServerConfiguration()
        configuration.drainDelay = .seconds(3)
        let gate = GateModel()
        try await TestServer.with(configuration, models: { _ in [gate, DoublingModel()] }) { server in
            let inFlight = Task { try await server.post("/v2/models/gate/infer", json: Self.body) }
            var started = gate.started.makeAsyncIterator()
            await started.next()
            let shutdown = Task { await server.group.triggerGracefulShutdown() }
            try await waitUntil { server.server.state.isDraining }
            // Within the drain delay the listener is still open: readiness is off, new work refused.
            #expect(try await server.get("/v2/health/ready").status == 503)
            expectError(try await server.post("/v2/models/double/infer", json: Self.body), 503)
            gate.open()
            let reply = try await inFlight.value
            #expect(reply.status == 200)
            await shutdown.value
            // Once the listener has closed, new connections are refused.
            try await waitUntil { RawHTTPClient.isRefused(port: server.port) }
        }
    }
}
