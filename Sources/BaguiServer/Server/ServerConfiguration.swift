import Bagui

/// Everything `bagui serve` can be told; the defaults are the safe ones.
public struct ServerConfiguration: Sendable {
    /// Address to listen on (`--host`, default `127.0.0.1`). Anything but loopback needs API keys.
    public var host: String
    /// Port (`--port`, default 8080; 0 picks a free one).
    public var port: Int
    /// Bearer keys; required beyond loopback, optional on it.
    public var apiKeys: APIKeys
    public var limits: ServerLimits
    public var inputLimits: InputLimits
    public var batching: BatchingOptions
    /// Threads running forward passes (`--workers`, default 1: OpenBLAS already uses every core).
    public var workers: Int
    /// The sentence-transformers model served for embeddings (`--embedding-model`).
    public var embeddingModelDirectory: String?
    /// The model registry's folders (`--models`, repeatable): bundles and the industry model.
    public var modelsDirectories: [String]
    /// The registry's memory budget and load-time self-check (`--memory-budget`).
    public var registry: ModelRegistry.Options
    /// How long readiness reports 503 before the listener closes on shutdown (`--drain-delay`, 0 s).
    public var drainDelay: Duration
    /// Name and version in `GET /v2`.
    public var serverName: String
    public var serverVersion: String

    public init(
        host: String = "127.0.0.1", port: Int = 8080, apiKeys: APIKeys = APIKeys([]),
        limits: ServerLimits = ServerLimits(), inputLimits: InputLimits = InputLimits(),
        batching: BatchingOptions = BatchingOptions(), workers: Int = 1,
        embeddingModelDirectory: String? = nil, modelsDirectories: [String] = [], registry: ModelRegistry.Options = .init(),
        drainDelay: Duration = .zero, serverName: String = "bagui", serverVersion: String = "0.1.0"
    ) {
        self.host = host
        self.port = port
        self.apiKeys = apiKeys
        self.limits = limits
        self.inputLimits = inputLimits
        self.batching = batching
        self.workers = workers
        self.embeddingModelDirectory = embeddingModelDirectory
        self.modelsDirectories = modelsDirectories
        self.registry = registry
        self.drainDelay = drainDelay
        self.serverName = serverName
        self.serverVersion = serverVersion
    }
}
