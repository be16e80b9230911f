import BaguiServer
import Foundation
import Logging
import ServiceLifecycle

/// A real server on an ephemeral loopback port, run in-process through the same service group as
/// `bagui serve` (without signal handling), stopped gracefully when the test body returns.
struct TestServer: Sendable {
    let port: Int
    let server: InferenceServer
    let group: ServiceGroup
    let resources: ServingResources

    static func with<T: Sendable>(
        _ configuration: ServerConfiguration = ServerConfiguration(),
        ask: AskRoute? = nil,
        models: (ServingResources) throws -> [any ServedModel],
        _ body: (TestServer) async throws -> T
    ) async throws -> T {
        try await start(configuration, make: { (try models($0), ask) }, body)
    }

    /// Serves what `bagui serve` would for `configuration`: the registry's bundles, the industry
    /// model and `/v1/ask` (``ServedModels/load(_:resources:)``).
    static func serving<T: Sendable>(_ configuration: ServerConfiguration, _ body: (TestServer) async throws -> T) async throws -> T {
        try await start(configuration, make: { resources in
            let served = try ServedModels.load(configuration, resources: resources)
            return (served.repository.models, served.ask)
        }, body)
    }

    private static func start<T: Sendable>(
        _ configuration: ServerConfiguration,
        make: (ServingResources) throws -> ([any ServedModel], AskRoute?),
        _ body: (TestServer) async throws -> T
    ) async throws -> T {
        var configuration = configuration
        configuration.port = 0
        configuration.workers = 1
        let resources = ServingResources(configuration: configuration)
        let (models, ask) = try make(resources)
        let repository = InMemoryModelRepository(models)
        var logger = Logger(label: "bagui.test")
        logger.logLevel = .error
        let server = try InferenceServer(configuration: configuration, repository: repository, resources: resources, ask: ask, logger: logger)
        let (ports, portSink) = AsyncStream<Int>.makeStream()
        let group = server.makeServiceGroup(signals: [], onListening: { portSink.yield($0) })
        defer { resources.pool.shutdown() }
        return try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            var iterator = ports.makeAsyncIterator()
            guard let port = await iterator.next() else { throw RawHTTPError.malformed("server did not start") }
            let handle = TestServer(port: port, server: server, group: group, resources: resources)
            do {
                let result = try await body(handle)
                await group.triggerGracefulShutdown()
                try await tasks.waitForAll()
                return result
            } catch {
                await group.triggerGracefulShutdown()
                tasks.cancelAll()
                throw error
            }
        }
    }

    func get(_ path: String, headers: [(String, String)] = []) async throws -> HTTPReply {
        try await RawHTTPClient.get(port: port, path, headers: headers)
    }

    func post(_ path: String, json: String, headers: [(String, String)] = []) async throws -> HTTPReply {
        try await RawHTTPClient.post(port: port, path, json: json, headers: headers)
    }
}
