import Dispatch

/// Model loading spread over the machine's cores.
///
/// Loading is mostly independent work: each layer transposes its own weights, and the tokenizer
/// parses its JSON while the weights load. On a 2-core machine doing these side by side roughly
/// halves a cold start (Benchmarks/RESULTS.md, "cold start"). Work runs on Dispatch's worker
/// threads, never on Swift's cooperative pool, and the caller blocks until all of it is done.
///
/// ```swift
/// let layers = try ConcurrentLoad.map(config.numHiddenLayers) { try BertLayer(scope.scope("encoder.layer.\($0)"), config: config) }
/// ```
public enum ConcurrentLoad {
    /// `body(0)`, …, `body(count - 1)` run at the same time; the results in index order.
    /// When any call throws, the error of the lowest failing index is rethrown (as a serial loop would).
    public static func map<T: Sendable>(_ count: Int, _ body: @Sendable (Int) throws -> T) throws -> [T] {
        guard count > 1 else { return try (0..<count).map(body) }
        let slots = ResultSlots<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            slots.store(Result { try body(index) }, at: index)
        }
        return try slots.results().map { try $0.get() }
    }

    /// Runs `first` and `second` at the same time and returns both results.
    /// If either throws, the first one's error wins, as if they had run in order.
    public static func both<A: Sendable, B: Sendable>(
        _ first: @Sendable () throws -> A, _ second: @Sendable () throws -> B
    ) throws -> (A, B) {
        let firstSlot = ResultSlots<A>(count: 1), secondSlot = ResultSlots<B>(count: 1)
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            if index == 0 { firstSlot.store(Result { try first() }, at: 0) } else { secondSlot.store(Result { try second() }, at: 0) }
        }
        let a = try firstSlot.results()[0].get()
        return (a, try secondSlot.results()[0].get())
    }
}

/// One write-once slot per task. `@unchecked Sendable` is sound: each index is written by exactly
/// one task, and read only after `concurrentPerform` has returned (which orders the writes before).
private final class ResultSlots<T: Sendable>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<Result<T, any Error>?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        _ = slots.deinitialize()
        slots.deallocate()
    }

    func store(_ result: Result<T, any Error>, at index: Int) { slots[index] = result }

    func results() -> [Result<T, any Error>] {
        slots.map { slot in
            guard let slot else { preconditionFailure("ConcurrentLoad: a task did not run") }
            return slot
        }
    }
}
