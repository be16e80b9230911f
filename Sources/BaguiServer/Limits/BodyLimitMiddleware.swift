import Hummingbird
import NIOCore

/// Refuses a body announced larger than the limit with 413 before reading any of it, then closes
/// the connection for writing (trust matrix C1): the client sees the answer and end-of-stream, and
/// whatever it still sends is discarded, not buffered. Chunked bodies, which announce no length, are
/// cut off at the limit while they are collected (``RequestBodyReader``; C2).
struct BodyLimitMiddleware: RouterMiddleware {
    typealias Context = ServerRequestContext
    let limit: Int

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if let declared = request.headers[.contentLength] {
            guard let length = Int(declared), length >= 0 else { throw ServerError.badRequest("invalid Content-Length") }
            if length > limit { return Self.refusal(limit: limit, channel: context.channel) }
        }
        return try await next(request, context)
    }

    /// The 413 answer, written in full before the connection's output is closed.
    static func refusal(limit: Int, channel: any Channel) -> Response {
        let error = ServerError.payloadTooLarge(limit: limit)
        let bytes = error.jsonBody
        return Response(
            status: error.status, headers: [.contentType: "application/json", .connection: "close"],
            body: ResponseBody(contentLength: bytes.count) { writer in
                try await writer.write(ByteBuffer(bytes: bytes))
                try await writer.finish(nil)
                channel.close(mode: .output, promise: nil)
            })
    }
}
