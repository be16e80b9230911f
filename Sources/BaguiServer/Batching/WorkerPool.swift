import Bagui
import Foundation

/// A fixed set of threads for blocking compute (tokenizer-free forward passes through BLAS), so the
/// cooperative thread pool that serves HTTP never blocks on a matrix multiply.
///
/// A job whose caller was cancelled (its deadline passed) before a worker picked it up is skipped;
/// one already running finishes and its result is dropped.
public final class WorkerPool: Sendable {
    private final class Job: @unchecked Sendable {
        // Guarded by the pool's state lock until taken, then owned by one worker.
        let run: @Sendable () -> Void
        let cancel: @Sendable () -> Void
        init(run: @escaping @Sendable () -> Void, cancel: @escaping @Sendable () -> Void) {
            self.run = run
            self.cancel = cancel
        }
    }

    private struct State {
        var jobs: [ObjectIdentifier: Job] = [:]
        var order: [ObjectIdentifier] = []
        var head = 0
        var stopped = false
    }

    /// The number of threads.
    public let threadCount: Int
    private let condition = NSCondition()
    private let state = Locked(State())

    /// Starts `threads` worker threads (at least 1).
    public init(threads: Int) {
        threadCount = max(1, threads)
        for index in 0..<threadCount {
            let thread = Thread { [self] in workerLoop() }
            thread.name = "bagui-worker-\(index)"
            thread.start()
        }
    }

    /// Jobs waiting for a thread.
    public var queuedJobs: Int { state.withLock { $0.jobs.count } }

    /// Runs `work` on a worker thread and returns its result. `timings` get the compute interval.
    func run<T: Sendable>(timings: [RequestTiming] = [], _ work: @escaping @Sendable () throws -> T) async throws -> T {
        let outcome = Locked<CheckedContinuation<T, any Error>?>(nil)
        @Sendable func finish(_ result: Result<T, any Error>) {
            outcome.withLock { continuation in
                continuation?.resume(with: result)
                continuation = nil
            }
        }
        let job = Job(
            run: {
                let start = ContinuousClock.now
                for timing in timings { timing.markComputeStart(start, batchSize: timings.count) }
                let result = Result { try work() }
                let end = ContinuousClock.now
                for timing in timings { timing.markComputeEnd(end) }
                finish(result)
            },
            cancel: { finish(.failure(CancellationError())) })
        let key = ObjectIdentifier(job)
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                outcome.withLock { $0 = continuation }
                condition.lock()
                let accepted = state.withLock { state -> Bool in
                    guard !state.stopped else { return false }
                    state.jobs[key] = job
                    state.order.append(key)
                    return true
                }
                condition.signal()
                condition.unlock()
                if !accepted { finish(.failure(ServerError.unavailable("the server is shutting down"))) }
                if Task.isCancelled { withdraw(key) }
            }
        } onCancel: {
            withdraw(key)
        }
    }

    /// Removes a job that has not started and fails its caller; a running job is only left to finish.
    private func withdraw(_ key: ObjectIdentifier) {
        condition.lock()
        let job = state.withLock { $0.jobs.removeValue(forKey: key) }
        condition.unlock()
        job?.cancel()
    }

    /// Stops the threads once the jobs already queued have run.
    public func shutdown() {
        condition.lock()
        state.withLock { $0.stopped = true }
        condition.broadcast()
        condition.unlock()
    }

    private func workerLoop() {
        while true {
            condition.lock()
            var job: Job?
            while job == nil {
                let (next, stopped) = state.withLock { state -> (Job?, Bool) in
                    while state.head < state.order.count {
                        let key = state.order[state.head]
                        state.head += 1
                        if let job = state.jobs.removeValue(forKey: key) { return (job, false) }
                    }
                    state.order.removeAll(keepingCapacity: true)
                    state.head = 0
                    return (nil, state.stopped)
                }
                if let next { job = next; break }
                if stopped { condition.unlock(); return }
                condition.wait()
            }
            condition.unlock()
            job?.run()
        }
    }
}

/// Bundles, the registry's loads and the industry model run their forward passes on the server's
/// worker threads, with the request's compute interval recorded for metrics.
extension WorkerPool: ComputeExecutor {
    public func compute<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await run(timings: [RequestTiming.current].compactMap { $0 }, work)
    }
}
