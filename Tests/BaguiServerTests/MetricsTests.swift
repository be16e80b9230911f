import BaguiServer
import Foundation
import Testing

/// `/metrics`: Prometheus text with requests by route, model and status, latency split into queue
/// and compute, batch sizes, loaded models and memory; no request content in labels (D4).
@Suite struct MetricsTests {
    @Test func exposesRequestQueueComputeAndProcessMetrics() async throws {
        try await TestServer.with(models: { _ in [DoublingModel()] }) { server in
            let body = #"{"inputs":[{"name":"x","shape":[1,2],"datatype":"INT64","data":[1,2]}]}"#
            #expect(try await server.post("/v2/models/double/infer", json: body).status == 200)
            _ = try await server.post("/v2/models/patient-jane-doe-1970/infer", json: body)
            _ = try await server.post("/v1/embeddings", json: #"{"input":"secret diagnosis","model":"patient-john"}"#)
            let reply = try await server.get("/metrics")
            #expect(reply.status == 200)
            #expect(reply.header("content-type")?.hasPrefix("text/plain") == true)
            let text = reply.text
            #expect(text.contains(#"bagui_requests_total{route="/v2/models/{model}/infer",model="double",status="200"} 1"#), "\(text)")
            #expect(text.contains(#"bagui_requests_total{route="/v2/models/{model}/infer",model="unknown",status="404"} 1"#))
            #expect(text.contains(#"bagui_requests_total{route="/v1/embeddings",model="unknown",status="404"} 1"#))
            #expect(text.contains("bagui_queue_duration_seconds_bucket"))
            #expect(text.contains("bagui_compute_duration_seconds_bucket"))
            #expect(text.contains("bagui_request_duration_seconds_bucket"))
            #expect(text.contains("bagui_models_loaded 1"))
            #expect(text.contains("process_resident_memory_bytes"))
            for secret in ["jane", "john", "diagnosis", "secret"] { #expect(!text.contains(secret)) }
        }
    }

    @Test(.enabled(if: MiniLMFixture.isAvailable)) func recordsBatchSizes() async throws {
        try await TestServer.with(models: { resources in [resources.servedModel(for: try #require(MiniLMFixture.embedder))] }) { server in
            #expect(try await server.post("/v1/embeddings", json: #"{"input":["a","b","c"]}"#).status == 200)
            let text = try await server.get("/metrics").text
            #expect(text.contains(#"bagui_batch_size_count{model="all-MiniLM-L6-v2"} 1"#), "\(text)")
            #expect(text.contains(#"bagui_batch_size_sum{model="all-MiniLM-L6-v2"} 3"#))
        }
    }
}
