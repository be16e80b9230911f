@testable import BaguiRegistry
import Foundation
import Testing

/// The default compute executor: work goes to its queue, never the calling task's thread, and runs
/// in place when the task already runs there (the industry model's task-executor preference).
@Suite("DispatchCompute")
struct ComputeExecutorTests {
    /// pthread identity of the calling thread (Thread.current is not usable from async code).
    static func threadID() -> UInt { UInt(pthread_self()) }

    /// Visible to work only while it runs inside the task that set it: in place, not handed over.
    @TaskLocal static var insideTask = false

    @Test("from a task on the cooperative pool, compute hands the work to its queue and returns the result")
    func handsOver() async throws {
        let compute = DispatchCompute()
        // Not a thread comparison: on Linux the cooperative pool runs on Dispatch's worker threads, so
        // the thread the caller suspended on may pick the work up. Outside the task, its task-local is unset.
        let (value, inside) = try await Self.$insideTask.withValue(true) {
            try await compute.compute { (21 * 2, Self.insideTask) }
        }
        #expect(value == 42)
        #expect(!inside, "the work ran inside the calling task")
    }

    @Test("under the executor's task-executor preference, compute runs in place on the compute queue")
    func runsInPlace() async throws {
        let compute = DispatchCompute()
        let executor = try #require(compute.taskExecutor)
        let (outer, inner, inside) = try await withTaskExecutorPreference(executor) {
            let outer = Self.threadID()
            let (inner, inside) = try await Self.$insideTask.withValue(true) { try await compute.compute { (Self.threadID(), Self.insideTask) } }
            return (outer, inner, inside)
        }
        #expect(outer == inner)
        #expect(inside, "the work was handed to another thread")
    }

    @Test("errors thrown by the work reach the caller, in place or handed over")
    func errorsReachCaller() async throws {
        struct Boom: Error {}
        let compute = DispatchCompute()
        await #expect(throws: Boom.self) { try await compute.compute { throw Boom() } }
        let executor = try #require(compute.taskExecutor)
        await #expect(throws: Boom.self) {
            try await withTaskExecutorPreference(executor) { try await compute.compute { throw Boom() } }
        }
    }
}
