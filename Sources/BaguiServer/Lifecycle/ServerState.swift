/// Whether the server takes new work. Draining starts on SIGTERM/SIGINT, before the listener
/// closes: readiness answers 503 at once so load balancers stop sending, and new inference
/// requests are refused while those in flight finish (trust matrix C10).
public final class ServerState: Sendable {
    private let draining = Locked(false)

    public init() {}

    /// True once shutdown has begun.
    public var isDraining: Bool { draining.withLock { $0 } }

    /// Turns readiness off and refuses new work from now on.
    public func beginDraining() { draining.withLock { $0 = true } }
}
