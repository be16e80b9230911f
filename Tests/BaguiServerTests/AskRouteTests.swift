import BaguiJSON
import BaguiServer
import Foundation
import Testing

/// `POST /v1/ask`, answered by the handler the industry model injects.
@Suite struct AskRouteTests {
    static let ask = AskRoute(modelName: "industry") { body in
        guard let question = body["question"]?.string, !question.isEmpty else { throw ServerError.badRequest("\"question\" is required") }
        var answer = JSONObject()
        answer.insert("route", .string("sugarcane"))
        answer.insert("score", .number("0.875"))
        answer.insert("echo", .string(question))
        return .object(answer)
    }

    @Test func answersThroughTheInjectedHandler() async throws {
        try await TestServer.with(ask: Self.ask, models: { _ in [] }) { server in
            let reply = try await server.post("/v1/ask", json: #"{"question":"When should cane be harvested?"}"#)
            #expect(reply.status == 200)
            #expect(reply.object?["route"] as? String == "sugarcane")
            #expect(reply.object?["score"] as? Double == 0.875)
            #expect(reply.object?["echo"] as? String == "When should cane be harvested?")
            expectError(try await server.post("/v1/ask", json: #"{"question":""}"#), 400, containing: "question")
            expectError(try await server.post("/v1/ask", json: "[1,"), 400, containing: "invalid JSON")
            let metrics = try await server.get("/metrics").text
            #expect(metrics.contains(#"bagui_requests_total{route="/v1/ask",model="industry",status="200"} 1"#), "\(metrics)")
        }
    }

    @Test func absentWithoutAHandler() async throws {
        try await TestServer.with(models: { _ in [] }) { server in
            expectError(try await server.post("/v1/ask", json: #"{"question":"x"}"#), 404)
        }
    }
}
