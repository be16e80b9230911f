/// Request limits, each with its default and the flag that changes it in `bagui serve`.
public struct ServerLimits: Sendable, Equatable {
    /// Largest request body in bytes (`--max-body-bytes`, 4 MiB): 413 beyond it.
    public var maxBodyBytes: Int
    /// Deepest JSON nesting in a request body (64): 400 beyond it (trust matrix B4).
    public var maxJSONDepth: Int
    /// Time from arrival to answer for an inference request (`--request-timeout`, 30 s): 504 beyond it.
    public var requestTimeout: Duration
    /// Inference requests processed at once (`--max-concurrent-requests`, 64). Batching merges
    /// requests only among these, so keep it above the batch size.
    public var maxInFlight: Int
    /// Inference requests waiting for a slot (`--max-queued-requests`, 128): 429 when full.
    public var maxQueued: Int

    public init(
        maxBodyBytes: Int = 4 << 20, maxJSONDepth: Int = 64, requestTimeout: Duration = .seconds(30),
        maxInFlight: Int = 64, maxQueued: Int = 128
    ) {
        self.maxBodyBytes = maxBodyBytes
        self.maxJSONDepth = maxJSONDepth
        self.requestTimeout = requestTimeout
        self.maxInFlight = maxInFlight
        self.maxQueued = maxQueued
    }
}
