import Hummingbird

/// Every error the server answers with. Each renders as `{"error": "<message>"}` with its status;
/// messages are written for the client and never carry file paths, stack traces or environment values.
public enum ServerError: HTTPResponseError, Sendable, Equatable, CustomStringConvertible {
    /// 400: the request is malformed or breaks a limit (`message` says which).
    case badRequest(String)
    /// 401: no API key, or not one of the configured keys.
    case unauthorized
    /// 404: no such route, model or model version.
    case notFound(String)
    /// 413: the body is larger than the configured limit.
    case payloadTooLarge(limit: Int)
    /// 429: the request queue is full; retry after the given seconds.
    case tooManyRequests(retryAfterSeconds: Int)
    /// 503: the server or the model is not ready, or the server is shutting down.
    case unavailable(String)
    /// 504: the request did not finish before its deadline.
    case deadlineExceeded
    /// 500: a failure that is the server's fault; details go to the log, not to the client.
    case internalError

    public var status: HTTPResponse.Status {
        switch self {
        case .badRequest: .badRequest
        case .unauthorized: .unauthorized
        case .notFound: .notFound
        case .payloadTooLarge: .contentTooLarge
        case .tooManyRequests: .tooManyRequests
        case .unavailable: .serviceUnavailable
        case .deadlineExceeded: .gatewayTimeout
        case .internalError: .internalServerError
        }
    }

    public var description: String {
        switch self {
        case .badRequest(let message): message
        case .unauthorized: "missing or invalid API key"
        case .notFound(let message): message
        case .payloadTooLarge(let limit) where limit > 0: "request body is larger than the limit of \(limit) bytes"
        case .payloadTooLarge: "request body is too large"
        case .tooManyRequests: "too many requests in flight; retry later"
        case .unavailable(let message): message
        case .deadlineExceeded: "the request did not finish within its deadline"
        case .internalError: "internal server error"
        }
    }

    /// Extra headers the status calls for (RFC 6750 `WWW-Authenticate`, RFC 9110 `Retry-After`).
    var headers: HTTPFields {
        switch self {
        case .unauthorized: [.wwwAuthenticate: "Bearer"]
        case .tooManyRequests(let seconds): [.retryAfter: String(seconds)]
        case .unavailable: [.retryAfter: "1"]
        default: [:]
        }
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response { response() }

    /// `{"error": "<description>"}`.
    var jsonBody: [UInt8] {
        var json = JSONWriter()
        json.object { $0.member("error", description) }
        return json.bytes
    }

    /// The error as a JSON response.
    func response() -> Response {
        var fields = headers
        fields[.contentType] = "application/json"
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: jsonBody)))
    }
}
