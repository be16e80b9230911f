import Dispatch

/// Where blocking, CPU-bound work runs (a bundle load: hashing, weights, golden replay; a forward
/// pass): never on Swift's cooperative thread pool, whose few threads must stay free to resume
/// tasks (an HTTP server's, a test runner's). The server runs it on its worker pool; the default is
/// Dispatch's global queue.
public protocol ComputeExecutor: Sendable {
    /// Runs `work` off the cooperative pool and returns its result.
    func compute<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T
}

/// ``ComputeExecutor`` on Dispatch's global queue.
public struct DispatchCompute: ComputeExecutor {
    public init() {}

    public func compute<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async { continuation.resume(with: Result { try work() }) }
        }
    }
}
