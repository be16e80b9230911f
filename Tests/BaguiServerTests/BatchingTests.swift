@testable import BaguiServer
import Foundation
import Testing

/// Dynamic batching: concurrent requests share forward passes, results come back to the right
/// request in order, and batching can be turned off.
@Suite struct BatchingTests {
    /// A forward pass that records its batch sizes and embeds each sequence as `[first id, count]`.
    final class Recorder: @unchecked Sendable {
        private let lock = NSLock()
        private var sizes: [Int] = []
        var batches: [Int] { lock.lock(); defer { lock.unlock() }; return sizes }
        func forward(_ ids: [[Int]]) -> [[Float]] {
            lock.lock()
            sizes.append(ids.count)
            lock.unlock()
            return ids.map { [Float($0[0]), Float($0.count)] }
        }
    }

    @Test func concurrentRequestsShareOneForwardPass() async throws {
        let pool = WorkerPool(threads: 1)
        defer { pool.shutdown() }
        let recorder = Recorder()
        // A long wait, so only the size limit can launch the batch: exactly one pass of 8.
        let batcher = EmbeddingBatcher(
            pool: pool, options: BatchingOptions(maxBatchSize: 8, maxBatchTokens: 1000, maxWait: .seconds(30)),
            forward: { recorder.forward($0) })
        let results = try await withThrowingTaskGroup(of: (Int, [[Float]]).self) { group in
            for request in 0..<4 {
                group.addTask { (request, try await batcher.embed([[request * 10, 1], [request * 10 + 1, 1, 1]])) }
            }
            return try await group.reduce(into: [:]) { $0[$1.0] = $1.1 }
        }
        #expect(recorder.batches == [8])
        for request in 0..<4 {
            #expect(results[request] == [[Float(request * 10), 2], [Float(request * 10 + 1), 3]])
        }
    }

    @Test func theWaitLimitLaunchesAPartialBatch() async throws {
        let pool = WorkerPool(threads: 1)
        defer { pool.shutdown() }
        let recorder = Recorder()
        let batcher = EmbeddingBatcher(
            pool: pool, options: BatchingOptions(maxBatchSize: 64, maxBatchTokens: 1000, maxWait: .milliseconds(5)),
            forward: { recorder.forward($0) })
        let vectors = try await batcher.embed([[7, 1, 1]])
        #expect(vectors == [[7, 3]])
        #expect(recorder.batches == [1])
    }

    @Test func batchingOffRunsEachRequestAlone() async throws {
        let pool = WorkerPool(threads: 1)
        defer { pool.shutdown() }
        let recorder = Recorder()
        let batcher = EmbeddingBatcher(pool: pool, options: .disabled, forward: { recorder.forward($0) })
        try await withThrowingTaskGroup(of: Void.self) { group in
            for request in 0..<6 { group.addTask { _ = try await batcher.embed([[request]]) } }
            try await group.waitForAll()
        }
        #expect(recorder.batches == [1, 1, 1, 1, 1, 1])
    }

    @Test func tokenLimitSplitsBatchesWithoutSplittingRequests() async throws {
        let pool = WorkerPool(threads: 1)
        defer { pool.shutdown() }
        let recorder = Recorder()
        let batcher = EmbeddingBatcher(
            pool: pool, options: BatchingOptions(maxBatchSize: 100, maxBatchTokens: 10, maxWait: .milliseconds(50)),
            forward: { recorder.forward($0) })
        try await withThrowingTaskGroup(of: Void.self) { group in
            for request in 0..<4 { group.addTask { _ = try await batcher.embed([Array(repeating: request, count: 4), [request]]) } }
            try await group.waitForAll()
        }
        // Each request has 5 tokens in 2 inputs: two requests fill a 10-token batch.
        #expect(recorder.batches.reduce(0, +) == 8)
        #expect(recorder.batches.allSatisfy { $0 % 2 == 0 && $0 <= 4 })
    }

    @Test func aCancelledWaiterLeavesTheQueue() async throws {
        let pool = WorkerPool(threads: 1)
        defer { pool.shutdown() }
        let gate = Gate()
        // The single worker is busy until the gate opens, so the next job waits in the queue.
        let running = Counter()
        let blocker = Task { try await pool.run { () -> Int in
            running.increment()
            let semaphore = DispatchSemaphore(value: 0)
            Task { await gate.wait(); semaphore.signal() }
            semaphore.wait()
            return 1
        } }
        try await waitUntil { running.value == 1 }
        let ran = Counter()
        let waiting = Task { try await pool.run { ran.increment() } }
        try await waitUntil { pool.queuedJobs == 1 }
        waiting.cancel()
        await #expect(throws: CancellationError.self) { try await waiting.value }
        #expect(pool.queuedJobs == 0)
        gate.open()
        #expect(try await blocker.value == 1)
        #expect(ran.value == 0)
    }
}

extension BatchingTests {
    @Test func aBatchWhoseRequestsWereAllCancelledIsNotComputed() async throws {
        let pool = WorkerPool(threads: 1)
        defer { pool.shutdown() }
        let gate = Gate()
        // Occupy the only worker so the batch waits in the pool's queue.
        let running = Counter()
        let blocker = Task { try await pool.run { () -> Int in
            running.increment()
            let semaphore = DispatchSemaphore(value: 0)
            Task { await gate.wait(); semaphore.signal() }
            semaphore.wait()
            return 1
        } }
        try await waitUntil { running.value == 1 }
        let recorder = Recorder()
        let batcher = EmbeddingBatcher(pool: pool, options: .disabled, forward: { recorder.forward($0) })
        let request = Task { try await batcher.embed([[1]]) }
        try await waitUntil { pool.queuedJobs == 1 }
        request.cancel()
        await #expect(throws: CancellationError.self) { try await request.value }
        gate.open()
        _ = try await blocker.value
        // A later request still runs, and the abandoned one never reached the model.
        #expect(try await batcher.embed([[2]]) == [[2, 1]])
        #expect(recorder.batches == [1])
    }
}
