import Hummingbird

/// Counts and times every request by route template, served model and status.
struct MetricsMiddleware: RouterMiddleware {
    typealias Context = ServerRequestContext
    let metrics: ServerMetrics

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        let response: Response
        do {
            response = try await next(request, context)
        } catch {
            record(context, status: (error as? any HTTPResponseError)?.status.code ?? 500, start: start)
            throw error
        }
        record(context, status: response.status.code, start: start)
        return response
    }

    private func record(_ context: Context, status: Int, start: ContinuousClock.Instant) {
        metrics.request(
            route: context.endpointPath ?? "unmatched", model: context.labels.model ?? "none",
            status: status, duration: .now - start)
    }
}
