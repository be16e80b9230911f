import BaguiServer
import Foundation

/// Doubles an INT64 `[-1, 2]` tensor `x` into `y`; instant.
struct DoublingModel: ServedModel {
    var name = "double"
    var version = "1"
    let platform = "bagui_test"
    let inputs = [TensorMetadata(name: "x", datatype: .int64, shape: [-1, 2])]
    let outputs = [TensorMetadata(name: "y", datatype: .int64, shape: [-1, 2])]
    var isReady: Bool { true }

    func infer(_ request: InferenceRequest) async throws -> InferenceResponse {
        guard let x = request.input(named: "x"), case .int(let values) = x.data else { throw ServerError.badRequest("no x") }
        let y = InferenceTensor(name: "y", datatype: .int64, shape: x.shape, data: .int(values.map { $0 * 2 }))
        return InferenceResponse(modelName: name, modelVersion: version, id: request.id, outputs: [y])
    }
}

/// The test hook for deadlines: inference that takes a minute unless its task is cancelled.
final class SlowModel: ServedModel {
    let name = "slow", version = "1", platform = "bagui_test"
    let inputs = [TensorMetadata(name: "x", datatype: .int64, shape: [-1, 2])]
    let outputs = [TensorMetadata(name: "y", datatype: .int64, shape: [-1, 2])]
    var isReady: Bool { true }
    /// How many inferences ended by cancellation (the worker slot was freed).
    let cancellations = Counter()

    func infer(_ request: InferenceRequest) async throws -> InferenceResponse {
        do {
            try await Task.sleep(for: .seconds(60))
        } catch {
            cancellations.increment()
            throw error
        }
        return InferenceResponse(modelName: name, outputs: [])
    }
}

/// Inference that waits until the test opens the gate, telling the test when it has started.
final class GateModel: ServedModel {
    let name = "gate", version = "1", platform = "bagui_test"
    let inputs = [TensorMetadata(name: "x", datatype: .int64, shape: [-1, 2])]
    let outputs = [TensorMetadata(name: "y", datatype: .int64, shape: [-1, 2])]
    var isReady: Bool { true }
    let started: AsyncStream<Void>
    private let startedSink: AsyncStream<Void>.Continuation
    private let gate = Gate()

    init() { (started, startedSink) = AsyncStream<Void>.makeStream() }

    func open() { gate.open() }

    func infer(_ request: InferenceRequest) async throws -> InferenceResponse {
        startedSink.yield()
        await gate.wait()
        let y = InferenceTensor(name: "y", datatype: .int64, shape: [1, 2], data: .int([0, 0]))
        return InferenceResponse(modelName: name, modelVersion: version, id: request.id, outputs: [y])
    }
}

/// A model whose load failed: never ready.
struct BrokenModel: ServedModel {
    let name = "broken", version = "1", platform = "bagui_test"
    let inputs = [TensorMetadata(name: "x", datatype: .int64, shape: [-1, 2])]
    let outputs = [TensorMetadata(name: "y", datatype: .int64, shape: [-1, 2])]
    var isReady: Bool { false }
    func infer(_ request: InferenceRequest) async throws -> InferenceResponse { throw ServerError.internalError }
}

/// A thread-safe counter.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func increment() { lock.lock(); count += 1; lock.unlock() }
    var value: Int { lock.lock(); defer { lock.unlock() }; return count }
}

/// A one-shot gate that any number of tasks can wait on.
final class Gate: @unchecked Sendable {
    private let lock = NSLock()
    private var isOpen = false
    private var waiters: [CheckedContinuation<Void, Never>] = []

    func open() {
        lock.lock()
        isOpen = true
        let pending = waiters
        waiters = []
        lock.unlock()
        for waiter in pending { waiter.resume() }
    }

    func wait() async {
        await withCheckedContinuation { continuation in
            lock.lock()
            if isOpen {
                lock.unlock()
                continuation.resume()
            } else {
                waiters.append(continuation)
                lock.unlock()
            }
        }
    }
}
