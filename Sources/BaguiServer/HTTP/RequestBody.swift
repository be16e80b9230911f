import BaguiJSON
import Hummingbird
import NIOCore

/// Reading a request body within the body limit, and parsing JSON within the nesting limit.
enum RequestBodyReader {
    /// Collects at most `limit` bytes: 413 beyond, also for chunked bodies that announce no
    /// `Content-Length` (trust matrix C2).
    static func bytes(_ request: Request, limit: Int) async throws -> [UInt8] {
        do {
            let buffer = try await request.body.collect(upTo: limit)
            return Array(buffer.readableBytesView)
        } catch is NIOTooManyBytesError {
            throw ServerError.payloadTooLarge(limit: limit)
        } catch let error as HTTPError where error.status == .contentTooLarge {
            throw ServerError.payloadTooLarge(limit: limit)
        }
    }

    /// Parses `bytes` strictly: duplicate keys, invalid UTF-8 and nesting beyond `maxDepth` are 400s
    /// (trust matrix B4, B6).
    static func parse(_ bytes: ArraySlice<UInt8>, maxDepth: Int) throws(ServerError) -> JSONValue {
        guard !bytes.isEmpty else { throw .badRequest("the request body is empty; expected JSON") }
        do {
            return try StrictJSONParser.parse(bytes, limits: .init(maxDepth: maxDepth))
        } catch {
            throw .badRequest(error.description)
        }
    }
}
