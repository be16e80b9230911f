import Dispatch

/// Where blocking, CPU-bound work runs (a bundle load: hashing, weights, golden replay; a forward
/// pass): never on Swift's cooperative thread pool, whose few threads must stay free to resume
/// tasks (an HTTP server's, a test runner's). The server runs it on its worker pool; the default is
/// a concurrent Dispatch queue.
public protocol ComputeExecutor: Sendable {
    /// Runs `work` off the cooperative pool and returns its result.
    func compute<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T

    /// A task executor on the same threads, or nil. A caller with several forward passes in one
    /// request (the industry model: router, then expert) runs the request under it
    /// (`withTaskExecutorPreference`), so that ``compute(_:)`` runs in place instead of handing each
    /// pass to another thread and back. On this 2-core VM the hand-overs of one industry `ask` (router,
    /// expert, red-flag child task) cost about 0.4 ms: `BaguiBench route` overhead 1.03–1.17 ms with them,
    /// 0.57–0.72 ms with every compute run inline (2026-12-02).
    var taskExecutor: (any TaskExecutor)? { get }
}

extension ComputeExecutor {
    /// No task executor: every ``compute(_:)`` hands its work over.
    public var taskExecutor: (any TaskExecutor)? { nil }
}

/// ``ComputeExecutor`` on a concurrent Dispatch queue (at the global queue's `userInitiated`
/// priority), which is also a `TaskExecutor`: work asked for by a task already running on the
/// queue runs in place.
public final class DispatchCompute: ComputeExecutor, TaskExecutor {
    private let queue: DispatchQueue
    private let onQueue = DispatchSpecificKey<Bool>()

    public init() {
        queue = DispatchQueue(label: "bagui.compute", qos: .userInitiated, attributes: .concurrent)
        queue.setSpecific(key: onQueue, value: true)
    }

    public func compute<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        if DispatchQueue.getSpecific(key: onQueue) == true { return try work() }
        return try await withCheckedThrowingContinuation { continuation in
            queue.async { continuation.resume(with: Result { try work() }) }
        }
    }

    public var taskExecutor: (any TaskExecutor)? { self }

    /// Runs a task's job on the queue (`TaskExecutor`).
    public func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job), executor = asUnownedTaskExecutor()
        queue.async { job.runSynchronously(on: executor) }
    }
}
