import Hummingbird
import Logging

/// Turns every error into `{"error": "..."}` with the right status. Errors the server does not know
/// are logged and answered with a bare 500: no type names, paths or stack traces reach the client
/// (trust matrix C11).
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = ServerRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as ServerError {
            return error.response()
        } catch let error as HTTPError {
            return Self.serverError(for: error).response()
        } catch is CancellationError {
            return ServerError.unavailable("the request was cancelled").response()
        } catch {
            context.logger.error("request failed", metadata: ["error": "\(String(reflecting: error))"])
            return ServerError.internalError.response()
        }
    }

    /// Hummingbird's own errors (unknown route, body over the limit while collecting).
    static func serverError(for error: HTTPError) -> ServerError {
        switch error.status {
        case .notFound: .notFound("not found")
        case .contentTooLarge: .payloadTooLarge(limit: 0)
        case .badRequest: .badRequest("bad request")
        case .methodNotAllowed: .notFound("method not allowed on this route")
        default: error.status.code >= 500 ? .internalError : .badRequest(error.status.reasonPhrase)
        }
    }
}
