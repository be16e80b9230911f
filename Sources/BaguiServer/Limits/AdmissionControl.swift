/// Bounds the inference requests being processed (`maxInFlight`) and those waiting for a turn
/// (`maxQueued`). A request that finds the queue full is refused at once with 429 and
/// `Retry-After` rather than adding to a backlog it cannot get through (trust matrix C8).
final class AdmissionControl: Sendable {
    private struct State {
        var inFlight = 0
        var waiters: [(id: UInt64, continuation: CheckedContinuation<Void, any Error>)] = []
        var nextID: UInt64 = 0
    }

    let maxInFlight: Int
    let maxQueued: Int
    private let state = Locked(State())

    init(maxInFlight: Int, maxQueued: Int) {
        self.maxInFlight = max(1, maxInFlight)
        self.maxQueued = max(0, maxQueued)
    }

    /// (processing, waiting) right now.
    var load: (inFlight: Int, queued: Int) { state.withLock { ($0.inFlight, $0.waiters.count) } }

    /// Waits for a slot; call ``release()`` exactly once after a successful return. Throws
    /// ``ServerError/tooManyRequests(retryAfterSeconds:)`` when the queue is full and
    /// `CancellationError` when the waiting task is cancelled (its place in the queue is given up).
    func acquire() async throws {
        enum Decision { case admitted, full, wait(UInt64) }
        let id = state.withLock { state -> UInt64 in state.nextID &+= 1; return state.nextID }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let decision = state.withLock { state -> Decision in
                    if state.inFlight < maxInFlight && state.waiters.isEmpty {
                        state.inFlight += 1
                        return .admitted
                    }
                    guard state.waiters.count < maxQueued else { return .full }
                    state.waiters.append((id, continuation))
                    return .wait(id)
                }
                switch decision {
                case .admitted: continuation.resume()
                case .full: continuation.resume(throwing: ServerError.tooManyRequests(retryAfterSeconds: 1))
                case .wait: if Task.isCancelled { withdraw(id) }
                }
            }
        } onCancel: {
            withdraw(id)
        }
    }

    /// Gives the slot to the oldest waiter, or frees it.
    func release() {
        let next = state.withLock { state -> CheckedContinuation<Void, any Error>? in
            if state.waiters.isEmpty {
                state.inFlight -= 1
                return nil
            }
            return state.waiters.removeFirst().continuation
        }
        next?.resume()
    }

    private func withdraw(_ id: UInt64) {
        let continuation = state.withLock { state -> CheckedContinuation<Void, any Error>? in
            guard let index = state.waiters.firstIndex(where: { $0.id == id }) else { return nil }
            return state.waiters.remove(at: index).continuation
        }
        continuation?.resume(throwing: CancellationError())
    }
}
