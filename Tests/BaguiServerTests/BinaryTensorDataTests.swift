import BaguiServer
import Foundation
import Testing

/// The binary tensor data extension (tritonclient's default): raw little-endian tensors after the
/// JSON, whose length `Inference-Header-Content-Length` gives.
@Suite struct BinaryTensorDataTests {
    static func int64Bytes(_ values: [Int64]) -> [UInt8] {
        values.flatMap { value in (0..<8).map { UInt8(truncatingIfNeeded: UInt64(bitPattern: value) >> (8 * $0)) } }
    }

    static func request(json: String, binary: [UInt8], declaredLength: Int? = nil) -> [UInt8] {
        let body = Array(json.utf8) + binary
        let head = "POST /v2/models/double/infer HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/octet-stream\r\n"
            + "Inference-Header-Content-Length: \(declaredLength ?? json.utf8.count)\r\nContent-Length: \(body.count)\r\n\r\n"
        return Array(head.utf8) + body
    }

    @Test func binaryInputAndBinaryOutput() async throws {
        try await TestServer.with(models: { _ in [DoublingModel()] }) { server in
            let json = #"{"inputs":[{"name":"x","shape":[2,2],"datatype":"INT64","parameters":{"binary_data_size":32}}],"outputs":[{"name":"y","parameters":{"binary_data":true}}]}"#
            let reply = try await RawHTTPClient.exchange(port: server.port, bytes: Self.request(json: json, binary: Self.int64Bytes([1, -2, 3, 1 << 40])))
            #expect(reply.status == 200, "\(reply.text)")
            let jsonLength = try #require(reply.header("inference-header-content-length").flatMap(Int.init))
            let header = try #require(try JSONSerialization.jsonObject(with: Data(reply.body[0..<jsonLength])) as? [String: Any])
            let output = try #require((header["outputs"] as? [[String: Any]])?.first)
            #expect((output["parameters"] as? [String: Int])?["binary_data_size"] == 32)
            #expect(output["data"] == nil)
            #expect(Array(reply.body[jsonLength...]) == Self.int64Bytes([2, -4, 6, 1 << 41]))
        }
    }

    @Test func binaryInputWithJSONOutput() async throws {
        try await TestServer.with(models: { _ in [DoublingModel()] }) { server in
            let json = #"{"inputs":[{"name":"x","shape":[1,2],"datatype":"INT64","parameters":{"binary_data_size":16}}]}"#
            let reply = try await RawHTTPClient.exchange(port: server.port, bytes: Self.request(json: json, binary: Self.int64Bytes([5, 6])))
            #expect(reply.status == 200)
            #expect(((reply.object?["outputs"] as? [[String: Any]])?.first?["data"] as? [Int]) == [10, 12])
        }
    }

    @Test(arguments: [
        (#"{"inputs":[{"name":"x","shape":[1,2],"datatype":"INT64","parameters":{"binary_data_size":24}}]}"#, 16, "only 16 follow"),
        (#"{"inputs":[{"name":"x","shape":[1,2],"datatype":"INT64","parameters":{"binary_data_size":8}}]}"#, 16, "need 16"),
        (#"{"inputs":[{"name":"x","shape":[1,2],"datatype":"INT64","parameters":{"binary_data_size":16}}]}"#, 24, "no input claims"),
        (#"{"inputs":[{"name":"x","shape":[1,2],"datatype":"INT64","data":[1,2],"parameters":{"binary_data_size":16}}]}"#, 16, "both data"),
    ])
    func inconsistentBinaryDataIs400(json: String, bytes: Int, message: String) async throws {
        try await TestServer.with(models: { _ in [DoublingModel()] }) { server in
            let reply = try await RawHTTPClient.exchange(port: server.port, bytes: Self.request(json: json, binary: [UInt8](repeating: 0, count: bytes)))
            expectError(reply, 400, containing: message)
        }
    }

    @Test func headerLongerThanTheBodyIs400() async throws {
        try await TestServer.with(models: { _ in [DoublingModel()] }) { server in
            let reply = try await RawHTTPClient.exchange(port: server.port, bytes: Self.request(json: "{}", binary: [], declaredLength: 99))
            expectError(reply, 400, containing: "Inference-Header-Content-Length")
        }
    }
}
