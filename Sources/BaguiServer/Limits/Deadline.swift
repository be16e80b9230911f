/// Runs an operation against a deadline without waiting for it to acknowledge cancellation: at the
/// deadline the caller gets ``ServerError/deadlineExceeded`` at once, the operation's task is
/// cancelled, and whatever it returns later is discarded (trust matrix C7).
enum Deadline {
    private struct Tasks {
        var work: Task<Void, Never>?
        var timer: Task<Void, Never>?
        var done = false
        mutating func cancelAll() {
            done = true
            work?.cancel()
            timer?.cancel()
        }
    }

    static func run<T: Sendable>(
        until deadline: ContinuousClock.Instant,
        _ operation: @escaping @Sendable () async throws -> T
    ) async throws -> T {
        let once = Locked<CheckedContinuation<T, any Error>?>(nil)
        let tasks = Locked(Tasks())
        @Sendable func finish(_ result: Result<T, any Error>) -> Bool {
            once.withLock { continuation in
                guard let pending = continuation else { return false }
                continuation = nil
                pending.resume(with: result)
                return true
            }
        }
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                once.withLock { $0 = continuation }
                let work = Task {
                    let result: Result<T, any Error>
                    do { result = .success(try await operation()) } catch { result = .failure(error) }
                    if finish(result) { tasks.withLock { $0.timer?.cancel(); $0.done = true } }
                }
                let timer = Task {
                    try? await Task.sleep(until: deadline, clock: .continuous)
                    guard !Task.isCancelled else { return }
                    if finish(.failure(ServerError.deadlineExceeded)) { work.cancel() }
                }
                tasks.withLock { state in
                    state.work = work
                    state.timer = timer
                    // Finished or cancelled before the tasks were recorded: stop what is left.
                    if state.done { state.cancelAll() }
                }
            }
        } onCancel: {
            tasks.withLock { $0.cancelAll() }
            _ = finish(.failure(CancellationError()))
        }
    }
}
