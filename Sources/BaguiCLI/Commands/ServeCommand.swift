import ArgumentParser
import Bagui
import BaguiServer
import Foundation
import Logging

/// `bagui serve`: the HTTP server (Open Inference Protocol v2, OpenAI embeddings, Prometheus
/// metrics). Translates flags into a ``ServerConfiguration``; the server library does the rest.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve models over HTTP: Open Inference Protocol v2, OpenAI /v1/embeddings, /metrics.",
        discussion: """
            Safe by default: listens on 127.0.0.1 only. Any other --host requires API keys (from \
            --api-keys-file, one per line, or BAGUI_API_KEYS, comma-separated); with keys, every route \
            except /v2/health/live and /v2/health/ready needs 'Authorization: Bearer <key>' (/metrics \
            included). No endpoint loads a model from a client-given path or URL. On SIGTERM or SIGINT \
            readiness turns false, new requests get 503, and requests in flight finish.
            """)

    @Option(name: .long, help: "Sentence-transformers model folder served for embeddings (e.g. .cache/models/all-MiniLM-L6-v2).")
    var embeddingModel: String?

    @Option(name: .long, help: "A models directory (repeatable): its bundles are served over OIP v2, and its industry.json as the model 'industry' and POST /v1/ask.")
    var models: [String] = []

    @Option(name: .long, help: "Megabytes of bundle files kept loaded; least recently used bundles are evicted beyond it.")
    var memoryBudget = 1024

    @Option(name: .long, help: "Address to listen on. Not loopback: API keys required.")
    var host = "127.0.0.1"

    @Option(name: .long, help: "Port to listen on (0: any free port).")
    var port = 8080

    @Option(name: .long, help: "File with one API key per line. Also read: BAGUI_API_KEYS (comma-separated).")
    var apiKeysFile: String?

    @Option(name: .long, help: "Largest request body in bytes; larger gets 413.")
    var maxBodyBytes = ServerLimits().maxBodyBytes

    @Option(name: .long, help: "Most inputs per embeddings request; more gets 400.")
    var maxInputs = InputLimits().maxInputs

    @Option(name: .long, help: "Most tokens per input (default: the model's maximum sequence length); more gets 400.")
    var maxInputTokens: Int?

    @Flag(name: .long, help: "Truncate texts over the token limit (as sentence-transformers does) instead of answering 400.")
    var autoTruncate = false

    @Option(name: .long, help: "Seconds an inference request may take, queueing included; later gets 504.")
    var requestTimeout: Double = 30

    @Option(name: .long, help: "Inference requests processed at once (batches form among these).")
    var maxConcurrentRequests = ServerLimits().maxInFlight

    @Option(name: .long, help: "Inference requests waiting for a slot; beyond that 429 with Retry-After.")
    var maxQueuedRequests = ServerLimits().maxQueued

    @Option(name: .long, help: "Threads running forward passes (OpenBLAS threads each use the cores too).")
    var workers = 1

    @Option(name: .long, help: "Most inputs merged into one forward pass (1: no batching).")
    var maxBatchSize = BatchingOptions().maxBatchSize

    @Option(name: .long, help: "Most tokens merged into one forward pass.")
    var maxBatchTokens = BatchingOptions().maxBatchTokens

    @Option(name: .long, help: "Microseconds a request waits for others to share its forward pass.")
    var maxBatchWaitUs = 2000

    @Flag(name: .long, help: "Run every request alone (for comparison with dynamic batching).")
    var noBatching = false

    @Option(name: .long, help: "Seconds readiness reports 503 before the listener closes on shutdown.")
    var drainDelay: Double = 0

    func validate() throws {
        for (name, value) in [("--max-body-bytes", maxBodyBytes), ("--max-inputs", maxInputs), ("--workers", workers),
                              ("--max-concurrent-requests", maxConcurrentRequests), ("--max-batch-size", maxBatchSize),
                              ("--max-batch-tokens", maxBatchTokens), ("--memory-budget", memoryBudget)] where value < 1 {
            throw ValidationError("\(name) must be at least 1")
        }
        guard maxQueuedRequests >= 0, maxBatchWaitUs >= 0, drainDelay >= 0 else { throw ValidationError("limits cannot be negative") }
        guard requestTimeout > 0 else { throw ValidationError("--request-timeout must be positive") }
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0...65535") }
        if let maxInputTokens, maxInputTokens < 1 { throw ValidationError("--max-input-tokens must be at least 1") }
        guard embeddingModel != nil || models != nil else { throw ValidationError("give --embedding-model DIR and/or --models DIR") }
    }

    func run() async throws {
        let logger = Logger(label: "bagui.serve")
        let keys = try APIKeys.load(file: apiKeysFile, environment: ProcessInfo.processInfo.environment["BAGUI_API_KEYS"])
        let configuration = ServerConfiguration(
            host: host, port: port, apiKeys: keys,
            limits: ServerLimits(
                maxBodyBytes: maxBodyBytes, requestTimeout: .milliseconds(Int64(requestTimeout * 1000)),
                maxInFlight: maxConcurrentRequests, maxQueued: maxQueuedRequests),
            inputLimits: InputLimits(maxInputs: maxInputs, maxTokensPerInput: maxInputTokens, autoTruncate: autoTruncate),
            batching: noBatching
                ? .disabled
                : BatchingOptions(maxBatchSize: maxBatchSize, maxBatchTokens: maxBatchTokens, maxWait: .microseconds(maxBatchWaitUs)),
            workers: workers, embeddingModelDirectory: embeddingModel, modelsDirectories: models, registry: .init(memoryBudgetBytes: memoryBudget << 20),
            drainDelay: .milliseconds(Int64(drainDelay * 1000)))
        _ = try BindPolicy.check(host: host, keys: keys)  // refuse before spending time loading models
        let resources = ServingResources(configuration: configuration)
        let served = try ServedModels.load(configuration, resources: resources)
        for refused in served.refused { logger.warning("bundle \(refused.id) is not served: \(refused.reason)") }
        let repository = served.repository
        let server = try InferenceServer(configuration: configuration, repository: repository, resources: resources, ask: served.ask, logger: logger)
        let blas = BLAS.shared.info
        logger.info("BLAS \(blas.library) \(blas.version), kernel \(blas.kernel), \(blas.threads) threads; \(workers) worker(s)")
        try await server.run { port in
            let names = await repository.allModels().map(\.name).joined(separator: ", ")
            logger.info("serving [\(names)] on http://\(host):\(port)\(keys.isEnabled ? " with \(keys.count) API key(s)" : "")")
        }
    }
}
