import ServiceLifecycle

/// The first service to hear of a graceful shutdown (it is listed after the HTTP server, and
/// service groups stop services in reverse order): it marks the server as draining, waits
/// `delay` so that probes and load balancers notice, and returns, letting the HTTP server stop
/// accepting connections and finish the requests in flight.
struct DrainService: Service {
    let state: ServerState
    let delay: Duration

    func run() async throws {
        try? await gracefulShutdown()
        state.beginDraining()
        if delay > .zero { try? await Task.sleep(for: delay) }
    }
}
