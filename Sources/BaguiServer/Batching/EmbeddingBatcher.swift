/// Dynamic batching for one embedding model: requests that arrive together are merged into one
/// forward pass on the ``WorkerPool``, up to ``BatchingOptions/maxBatchSize`` inputs and
/// ``BatchingOptions/maxBatchTokens`` tokens, waiting at most ``BatchingOptions/maxWait`` for company.
///
/// At most one batch per worker thread is in flight; while all workers are busy, arriving requests
/// accumulate and go out together as soon as one is free (Triton's dynamic batcher does the same).
/// A request is never split across batches.
actor EmbeddingBatcher {
    /// Runs one forward pass over token-id sequences; called on a worker thread.
    typealias Forward = @Sendable (_ tokenIds: [[Int]]) throws -> [[Float]]

    private struct Pending {
        let id: UInt64
        let tokenIds: [[Int]]
        let tokens: Int
        let timing: RequestTiming?
        let arrival: ContinuousClock.Instant
    }

    private let pool: WorkerPool
    private let options: BatchingOptions
    private let forward: Forward
    private let onBatch: @Sendable (_ inputs: Int, _ requests: Int) -> Void
    private var pending: [Pending] = []
    private var waiting: [UInt64: CheckedContinuation<[[Float]], any Error>] = [:]
    /// Requests still wanted; read on the worker thread so a batch whose requests were all
    /// cancelled (deadline passed) is skipped instead of computed.
    private nonisolated let live = Locked<Set<UInt64>>([])
    private var inFlight = 0
    private var nextID: UInt64 = 0
    private var timerArmed = false

    /// `onBatch` is told the size of each batch (for the batch-size histogram).
    init(pool: WorkerPool, options: BatchingOptions, forward: @escaping Forward,
         onBatch: @escaping @Sendable (_ inputs: Int, _ requests: Int) -> Void = { _, _ in }) {
        self.pool = pool
        self.options = options
        self.forward = forward
        self.onBatch = onBatch
    }

    /// Embeds one request's sequences, in order, sharing a forward pass with concurrent requests.
    func embed(_ tokenIds: [[Int]]) async throws -> [[Float]] {
        nextID &+= 1
        let id = nextID
        let timing = RequestTiming.current
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                waiting[id] = continuation
                live.withLock { _ = $0.insert(id) }
                let tokens = tokenIds.reduce(0) { $0 + $1.count }
                pending.append(Pending(id: id, tokenIds: tokenIds, tokens: tokens, timing: timing, arrival: .now))
                dispatchIfDue()
            }
        } onCancel: {
            Task { await self.cancel(id) }
        }
    }

    /// A cancelled request leaves the queue at once; if its batch is already running, its share of
    /// the result is dropped. (Registration happens on the actor before `embed` first suspends, so a
    /// cancellation never arrives before its request; an id not waiting has already been answered.)
    private func cancel(_ id: UInt64) {
        guard let continuation = waiting.removeValue(forKey: id) else { return }
        live.withLock { _ = $0.remove(id) }
        pending.removeAll { $0.id == id }
        continuation.resume(throwing: CancellationError())
    }

    // MARK: - Forming batches

    private var isFull: Bool {
        pending.count >= options.maxBatchSize
            || pending.reduce(0) { $0 + $1.tokenIds.count } >= options.maxBatchSize
            || pending.reduce(0) { $0 + $1.tokens } >= options.maxBatchTokens
    }

    private func dispatchIfDue() {
        while !pending.isEmpty, inFlight < pool.threadCount {
            let oldest = pending[0].arrival
            let waited = ContinuousClock.now - oldest
            guard !options.isEnabled || isFull || waited >= options.maxWait else {
                armTimer(after: options.maxWait - waited)
                return
            }
            launch(takeBatch())
        }
    }

    private func armTimer(after delay: Duration) {
        guard !timerArmed else { return }
        timerArmed = true
        Task {
            try? await Task.sleep(for: delay)
            self.timerFired()
        }
    }

    private func timerFired() {
        timerArmed = false
        dispatchIfDue()
    }

    /// Takes whole requests from the front while the batch stays within both limits (the first
    /// request always goes, however large).
    private func takeBatch() -> [Pending] {
        var batch: [Pending] = []
        var inputs = 0, tokens = 0
        while let next = pending.first {
            let fits = inputs + next.tokenIds.count <= options.maxBatchSize && tokens + next.tokens <= options.maxBatchTokens
            guard batch.isEmpty || fits else { break }
            batch.append(next)
            inputs += next.tokenIds.count
            tokens += next.tokens
            pending.removeFirst()
        }
        return batch
    }

    private func launch(_ batch: [Pending]) {
        inFlight += 1
        let flat = batch.flatMap(\.tokenIds)
        onBatch(flat.count, batch.count)
        let forward = self.forward
        let pool = self.pool
        let live = self.live
        let ids = batch.map(\.id)
        Task {
            let result: Result<[[Float]], any Error>
            do {
                result = .success(try await pool.run(timings: batch.compactMap(\.timing)) {
                    guard live.withLock({ live in ids.contains { live.contains($0) } }) else { throw CancellationError() }
                    return try forward(flat)
                })
            } catch {
                result = .failure(error)
            }
            self.complete(batch, result)
        }
    }

    private func complete(_ batch: [Pending], _ result: Result<[[Float]], any Error>) {
        inFlight -= 1
        let expected = batch.reduce(0) { $0 + $1.tokenIds.count }
        var result = result
        if case .success(let vectors) = result, vectors.count != expected { result = .failure(ServerError.internalError) }
        var offset = 0
        live.withLock { live in for request in batch { live.remove(request.id) } }
        for request in batch {
            let count = request.tokenIds.count
            if let continuation = waiting.removeValue(forKey: request.id) {
                switch result {
                case .success(let vectors): continuation.resume(returning: Array(vectors[offset..<offset + count]))
                case .failure(let error): continuation.resume(throwing: error)
                }
            }
            offset += count
        }
        dispatchIfDue()
    }
}
