import BaguiTensor
import Testing

@Suite("ConcurrentLoad")
struct ConcurrentLoadTests {
    struct Failure: Error, Equatable { let index: Int }

    @Test("map keeps index order")
    func mapOrder() throws {
        #expect(try ConcurrentLoad.map(64) { $0 * $0 } == (0..<64).map { $0 * $0 })
        #expect(try ConcurrentLoad.map(0) { $0 }.isEmpty)
        #expect(try ConcurrentLoad.map(1) { $0 + 7 } == [7])
    }

    @Test("map rethrows the error of the lowest failing index, as a serial loop would")
    func mapFirstError() {
        #expect(throws: Failure(index: 3)) {
            try ConcurrentLoad.map(16) { index -> Int in
                if index == 3 || index == 11 { throw Failure(index: index) }
                return index
            }
        }
    }

    @Test("both returns both results, and the first task's error wins")
    func both() throws {
        let (a, b) = try ConcurrentLoad.both({ "tokenizer" }, { 42 })
        #expect(a == "tokenizer" && b == 42)
        #expect(throws: Failure(index: 0)) {
            _ = try ConcurrentLoad.both({ () throws -> Int in throw Failure(index: 0) }, { () throws -> Int in throw Failure(index: 1) })
        }
        #expect(throws: Failure(index: 1)) {
            _ = try ConcurrentLoad.both({ 1 }, { () throws -> Int in throw Failure(index: 1) })
        }
    }
}
