import Bagui

/// What models share inside one server: the worker threads, the batching and input policies, and
/// the metrics. The model registry receives these so its models run on the same pool.
public struct ServingResources: Sendable {
    public let pool: WorkerPool
    public let batching: BatchingOptions
    public let inputLimits: InputLimits
    public let metrics: ServerMetrics

    public init(pool: WorkerPool, batching: BatchingOptions, inputLimits: InputLimits, metrics: ServerMetrics) {
        self.pool = pool
        self.batching = batching
        self.inputLimits = inputLimits
        self.metrics = metrics
    }

    /// Resources for `configuration`, with a new worker pool of its ``ServerConfiguration/workers``.
    public init(configuration: ServerConfiguration) {
        self.init(
            pool: WorkerPool(threads: configuration.workers), batching: configuration.batching,
            inputLimits: configuration.inputLimits, metrics: ServerMetrics())
    }

    /// Serves `embedder`, recording its batch sizes.
    public func servedModel(for embedder: SentenceEmbedder, name: String? = nil) -> SentenceEmbedderModel {
        let metrics = self.metrics
        let modelName = name ?? embedder.directory.lastPathComponent
        return SentenceEmbedderModel(
            embedder: embedder, name: modelName, pool: pool, batching: batching, limits: inputLimits,
            onBatch: { inputs, requests in metrics.batch(model: modelName, inputs: inputs, requests: requests) })
    }
}
