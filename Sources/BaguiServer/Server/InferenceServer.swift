import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle
import UnixSignals

/// The HTTP server: routes for OIP v2, OpenAI embeddings and metrics over a ``ModelRepository``,
/// behind the safety middleware, run as a service group that drains on SIGTERM/SIGINT.
///
/// ```swift
/// let resources = ServingResources(configuration: configuration)
/// let repository = InMemoryModelRepository([resources.servedModel(for: embedder)])
/// let server = try InferenceServer(configuration: configuration, repository: repository, resources: resources)
/// try await server.run()
/// ```
///
/// Middleware, outermost first: metrics → JSON errors → drain (503 while shutting down) → API key
/// (401) → body limit (413) → route.
public struct InferenceServer: Sendable {
    public let configuration: ServerConfiguration
    public let state = ServerState()
    let core: ServerCore
    let resources: ServingResources
    let logger: Logger

    /// Checks the bind policy (non-loopback needs keys) and builds the routes.
    public init(
        configuration: ServerConfiguration, repository: any ModelRepository, resources: ServingResources,
        ask: AskRoute? = nil, logger: Logger = Logger(label: "bagui.serve")
    ) throws {
        if let warning = try BindPolicy.check(host: configuration.host, keys: configuration.apiKeys) {
            logger.warning("\(warning)")
        }
        self.configuration = configuration
        self.resources = resources
        self.logger = logger
        core = ServerCore(
            configuration: configuration, repository: repository,
            scheduler: InferenceScheduler(limits: configuration.limits, metrics: resources.metrics),
            state: state, metrics: resources.metrics, ask: ask)
    }

    /// Inference requests waiting for a slot right now.
    public var queuedRequests: Int { core.scheduler.admission.load.queued }

    /// The router with every route and middleware.
    func makeRouter() -> Router<ServerRequestContext> {
        let router = Router(context: ServerRequestContext.self)
        router.add(middleware: MetricsMiddleware(metrics: core.metrics))
        router.add(middleware: ErrorMiddleware())
        router.add(middleware: DrainMiddleware(state: state))
        router.add(middleware: APIKeyMiddleware(keys: configuration.apiKeys))
        router.add(middleware: BodyLimitMiddleware(limit: configuration.limits.maxBodyBytes))
        OpenInferenceRoutes(core: core).register(on: router)
        OpenAIRoutes(core: core).register(on: router)
        MetricsRoute(core: core).register(on: router)
        return router
    }

    /// The HTTP application and the drain service, in the order a graceful shutdown must stop them
    /// in reverse: drain first, then the listener. `onListening` gets the bound port.
    public func makeServiceGroup(
        signals: [UnixSignal] = [.sigterm, .sigint], onListening: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> ServiceGroup {
        let app = Application(
            router: makeRouter(),
            server: .http1(configuration: .init(idleTimeout: .seconds(75))),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: configuration.serverName),
            onServerRunning: { channel in await onListening(channel.localAddress?.port ?? 0) },
            logger: logger)
        let drain = DrainService(state: state, delay: configuration.drainDelay)
        return ServiceGroup(configuration: .init(services: [app, drain], gracefulShutdownSignals: signals, logger: logger))
    }

    /// Serves until SIGTERM or SIGINT, then drains and stops the worker threads.
    public func run(onListening: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        defer { resources.pool.shutdown() }
        try await makeServiceGroup(onListening: onListening).run()
    }
}
