import Hummingbird

/// Requires `Authorization: Bearer <key>` when keys are configured. The health probes stay open so
/// an orchestrator can check liveness and readiness without a secret; everything else, `/metrics`
/// included, needs a key. A key in the query string is not looked at (trust matrix D2).
struct APIKeyMiddleware: RouterMiddleware {
    typealias Context = ServerRequestContext
    let keys: APIKeys
    static let openPaths: Set<String> = ["/v2/health/live", "/v2/health/ready"]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard keys.isEnabled, !Self.openPaths.contains(request.uri.path) else { return try await next(request, context) }
        guard let header = request.headers[.authorization] else { throw ServerError.unauthorized }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer", keys.accepts(parts[1]) else { throw ServerError.unauthorized }
        return try await next(request, context)
    }
}
