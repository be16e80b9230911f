import BaguiServer
import Foundation
import Testing

/// Body limits (413), backpressure (429) and deadlines (504), over real HTTP.
@Suite(.serialized) struct LimitsTests {
    static let body = #"{"inputs":[{"name":"x","shape":[1,2],"datatype":"INT64","data":[1,2]}]}"#

    @Test func contentLengthOverTheLimitIs413BeforeTheBodyIsSent() async throws {
        var configuration = ServerConfiguration()
        configuration.limits.maxBodyBytes = 1024
        try await TestServer.with(configuration, models: { _ in [DoublingModel()] }) { server in
            // Only the head is sent: the server must answer without waiting for the 1025 bytes.
            let head = "POST /v2/models/double/infer HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1025\r\n\r\n"
            let reply = try await RawHTTPClient.exchange(port: server.port, bytes: Array(head.utf8), timeoutSeconds: 20)
            expectError(reply, 413, containing: "1024 bytes")
            #expect(reply.closed, "the connection should be closed after a 413")
            // At the limit is fine.
            let padded = Self.body + String(repeating: " ", count: 1024 - Self.body.utf8.count)
            #expect(try await server.post("/v2/models/double/infer", json: padded).status == 200)
        }
    }

    @Test func chunkedBodyOverTheLimitIs413() async throws {
        var configuration = ServerConfiguration()
        configuration.limits.maxBodyBytes = 64 << 10
        try await TestServer.with(configuration, models: { _ in [DoublingModel()] }) { server in
            // 3 MB sent as one-byte chunks, as in the chunked-bomb row of the trust matrix (C2).
            var bytes = Array("POST /v2/models/double/infer HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\n".utf8)
            let chunk = Array("1\r\n \r\n".utf8)
            for _ in 0..<(3 << 20) / 8 { bytes += chunk }
            bytes += Array("0\r\n\r\n".utf8)
            let reply = try await RawHTTPClient.exchange(port: server.port, bytes: bytes)
            expectError(reply, 413)
            // A small chunked body is read normally.
            let small = Array("POST /v2/models/double/infer HTTP/1.1\r\nHost: x\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n".utf8)
                + Array(String(Self.body.utf8.count, radix: 16).utf8) + [13, 10] + Array(Self.body.utf8) + Array("\r\n0\r\n\r\n".utf8)
            #expect(try await RawHTTPClient.exchange(port: server.port, bytes: small).status == 200)
        }
    }

    @Test func headerFloodIsRefused() async throws {
        try await TestServer.with(models: { _ in [DoublingModel()] }) { server in
            // 10,000 headers, then one 1 MB header (trust matrix C3): refused, and the server lives on.
            var many = "GET /v2/health/live HTTP/1.1\r\nHost: x\r\n"
            for i in 0..<10_000 { many += "X-Flood-\(i): 1\r\n" }
            let reply = try await RawHTTPClient.exchange(port: server.port, bytes: Array((many + "\r\n").utf8))
            #expect([400, 431].contains(reply.status))
            let huge = "GET /v2/health/live HTTP/1.1\r\nHost: x\r\nX-Big: \(String(repeating: "a", count: 1 << 20))\r\n\r\n"
            #expect([400, 431].contains(try await RawHTTPClient.exchange(port: server.port, bytes: Array(huge.utf8)).status))
            #expect(try await server.get("/v2/health/live").status == 200)
        }
    }

    @Test func fullQueueIs429WithRetryAfter() async throws {
        var configuration = ServerConfiguration()
        configuration.limits.maxInFlight = 1
        configuration.limits.maxQueued = 1
        let gate = GateModel()
        try await TestServer.with(configuration, models: { _ in [gate, DoublingModel()] }) { server in
            let first = Task { try await server.post("/v2/models/gate/infer", json: Self.body) }
            var started = gate.started.makeAsyncIterator()
            await started.next()
            // The one slot is taken; the second request waits in the queue of one...
            let second = Task { try await server.post("/v2/models/double/infer", json: Self.body) }
            try await waitUntil { server.server.queuedRequests == 1 }
            // ...and the third finds it full.
            let third = try await server.post("/v2/models/double/infer", json: Self.body)
            expectError(third, 429)
            #expect(third.header("retry-after") == "1")
            gate.open()
            #expect(try await first.value.status == 200)
            #expect(try await second.value.status == 200)
        }
    }

    @Test func deadlineIs504AndFreesTheSlot() async throws {
        var configuration = ServerConfiguration()
        configuration.limits.requestTimeout = .seconds(1)
        configuration.limits.maxInFlight = 1
        configuration.limits.maxQueued = 0
        let slow = SlowModel()
        try await TestServer.with(configuration, models: { _ in [slow, DoublingModel()] }) { server in
            let start = ContinuousClock.now
            let reply = try await server.post("/v2/models/slow/infer", json: Self.body)
            let elapsed = ContinuousClock.now - start
            expectError(reply, 504, containing: "deadline")
            #expect(elapsed >= .milliseconds(900) && elapsed < .seconds(15), "504 after \(elapsed)")
            // The slow inference was cancelled, so the only slot is free again.
            try await waitUntil { slow.cancellations.value == 1 }
            #expect(try await server.post("/v2/models/double/infer", json: Self.body).status == 200)
            let metrics = try await server.get("/metrics").text
            #expect(metrics.contains(#"bagui_rejected_requests_total{model="slow",reason="deadline"} 1"#), "\(metrics)")
        }
    }
}

/// Polls `condition` every 10 ms for up to 20 s.
func waitUntil(_ condition: @Sendable () -> Bool) async throws {
    let deadline = ContinuousClock.now + .seconds(20)
    while !condition() {
        guard ContinuousClock.now < deadline else { Issue.record("condition not met within 20 s"); return }
        try await Task.sleep(for: .milliseconds(10))
    }
}
