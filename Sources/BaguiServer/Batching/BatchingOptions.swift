/// How concurrent embedding requests for one model are merged into one forward pass.
public struct BatchingOptions: Sendable, Equatable {
    /// Most inputs in one forward pass; 1 turns batching off.
    public var maxBatchSize: Int
    /// Most tokens in one forward pass (a single request larger than this still runs, alone).
    public var maxBatchTokens: Int
    /// Longest a request waits for others to join its batch while a worker is free.
    public var maxWait: Duration

    public init(maxBatchSize: Int = 32, maxBatchTokens: Int = 8192, maxWait: Duration = .microseconds(2000)) {
        self.maxBatchSize = maxBatchSize
        self.maxBatchTokens = maxBatchTokens
        self.maxWait = maxWait
    }

    /// Every request runs alone, as soon as a worker is free.
    public static let disabled = BatchingOptions(maxBatchSize: 1, maxBatchTokens: Int.max, maxWait: .zero)

    /// True when requests may be merged.
    public var isEnabled: Bool { maxBatchSize > 1 }
}
