import Hummingbird

/// While draining, refuses new requests with 503, except the health probes (which report the
/// drain) and `/metrics`.
struct DrainMiddleware: RouterMiddleware {
    typealias Context = ServerRequestContext
    let state: ServerState
    static let exempt: Set<String> = ["/v2/health/live", "/v2/health/ready", "/metrics"]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if state.isDraining, !Self.exempt.contains(request.uri.path) {
            throw ServerError.unavailable("the server is shutting down")
        }
        return try await next(request, context)
    }
}
