import Foundation
import Testing

@testable import BaguiJSON

@Suite("StrictJSON.decode: the strict parser guards JSONDecoder")
struct StrictJSONTests {
    struct Config: Decodable, Equatable {
        let hiddenSize: Int
        let name: String
        let layers: [Int]
    }

    private static var snakeCase: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return decoder
    }

    @Test("a valid document decodes with the given decoder")
    func decodes() throws {
        let data = Data(#"{"hidden_size": 384, "name": "caf\u00e9", "layers": [1, 2]}"#.utf8)
        let config = try StrictJSON.decode(Config.self, from: data, decoder: Self.snakeCase)
        #expect(config == Config(hiddenSize: 384, name: "café", layers: [1, 2]))
    }

    @Test("a duplicate key that JSONDecoder alone would accept is refused")
    func duplicateKey() throws {
        let data = Data(#"{"hidden_size": 384, "name": "a", "layers": [], "hidden_size": 768}"#.utf8)
        // The differential this guards against: Foundation silently picks one of the two values.
        _ = try? Self.snakeCase.decode(Config.self, from: data)
        #expect(throws: JSONError.duplicateKey("hidden_size")) {
            try StrictJSON.decode(Config.self, from: data, decoder: Self.snakeCase)
        }
    }

    @Test("a lone surrogate and excessive nesting are refused before decoding")
    func strictChecksFirst() throws {
        let surrogate = Data(#"{"hidden_size": 1, "name": "\ud800", "layers": []}"#.utf8)
        #expect(throws: JSONError.self) { try StrictJSON.decode(Config.self, from: surrogate, decoder: Self.snakeCase) }
        let deep = Data(("{\"hidden_size\": 1, \"name\": \"a\", \"layers\": [], \"x\": " + nestedArrays(100_000) + "}").utf8)
        #expect(throws: JSONError.depthExceeded(limit: 128)) {
            try StrictJSON.decode(Config.self, from: deep, decoder: Self.snakeCase)
        }
    }

    @Test("the limits are passed to the parser")
    func limits() throws {
        let data = Data(#"{"hidden_size": 1, "name": "a", "layers": [[1]]}"#.utf8)
        #expect(throws: JSONError.depthExceeded(limit: 2)) {
            try StrictJSON.decode([String: JSONAny].self, from: data, limits: .init(maxDepth: 2))
        }
        _ = try StrictJSON.decode([String: JSONAny].self, from: data, limits: .init(maxDepth: 3))
    }

    @Test("a document that is valid JSON but the wrong shape fails in the decoder")
    func decodingError() {
        let data = Data(#"{"hidden_size": "384", "name": "a", "layers": []}"#.utf8)
        #expect(throws: DecodingError.self) { try StrictJSON.decode(Config.self, from: data, decoder: Self.snakeCase) }
    }

    /// Any JSON value, for decoding documents whose shape does not matter.
    struct JSONAny: Decodable {
        init(from decoder: any Decoder) throws {}
    }
}
