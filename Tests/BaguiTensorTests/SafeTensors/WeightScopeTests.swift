import Foundation
import Testing

@testable import BaguiTensor

/// The loader-facing scope: presence, exact shapes, and that nothing in the checkpoint goes unused.
@Suite("weight store and scope")
struct WeightScopeTests {
    private func store() throws -> (TempDir, WeightStore) {
        let dir = try TempDir()
        try SafeTensorsWriter.write([
            .init(name: "encoder.layer.0.attention.self.query.weight", shape: [2, 3], floats: [1, 2, 3, 4, 5, 6]),
            .init(name: "encoder.layer.0.attention.self.query.bias", shape: [2], floats: [7, 8]),
            .init(name: "encoder.layer.0.attention.self.key.weight", shape: [2, 3], floats: [0, 0, 0, 0, 0, 1]),
            .init(name: "pooler.dense.weight", dtype: .bf16, shape: [1], bytes: u16Bytes([0x3F80])),
        ], to: dir.path + "/model.safetensors")
        return (dir, try WeightStore(directory: dir.path))
    }

    @Test("Nested scopes build full dotted names and load with the right shape")
    func nestedScopes() throws {
        let (_, store) = try store()
        let attention = store.scope("encoder.layer.0.attention.self")
        let query = attention.scope("query")
        #expect(query.fullName("weight") == "encoder.layer.0.attention.self.query.weight")
        #expect(try query.tensor("weight", shape: [2, 3]).scalars == [1, 2, 3, 4, 5, 6])
        #expect(query.contains("bias"))
        #expect(!attention.scope("key").contains("bias"))
        #expect(store.scope("").scope("pooler").scope("dense").fullName("weight") == "pooler.dense.weight")
    }

    @Test("A wrong shape names the file, the full tensor name, expected and actual")
    func shapeMismatch() throws {
        let (_, store) = try store()
        let query = store.scope("encoder.layer.0.attention.self").scope("query")
        let expected = SafeTensorsError.shapeMismatch(file: "model.safetensors", tensor: "encoder.layer.0.attention.self.query.weight", expected: [3, 2], actual: [2, 3])
        #expect(throws: expected) { try query.tensor("weight", shape: [3, 2]) }
        #expect(expected.description.contains("encoder.layer.0.attention.self.query.weight"))
        // A failed request does not count as a use.
        #expect(store.unusedNames.contains("encoder.layer.0.attention.self.query.weight"))
    }

    @Test("A missing tensor names the full dotted name")
    func missing() throws {
        let (_, store) = try store()
        #expect(throws: SafeTensorsError.tensorNotFound(file: "model.safetensors", tensor: "encoder.layer.1.attention.self.query.weight")) {
            try store.scope("encoder.layer.1.attention.self.query").tensor("weight", shape: [2, 3])
        }
    }

    @Test("checkAllUsed names the first unused tensor, and passes once all are used")
    func unusedTensors() throws {
        let (_, store) = try store()
        let query = store.scope("encoder.layer.0.attention.self.query")
        _ = try query.tensor("weight", shape: [2, 3])
        _ = try query.tensor("bias", shape: [2])
        #expect(throws: SafeTensorsError.unusedTensor(file: "model.safetensors", tensor: "encoder.layer.0.attention.self.key.weight")) {
            try store.checkAllUsed()
        }
        _ = try store.scope("encoder.layer.0.attention.self.key").tensor("weight", shape: [2, 3])
        #expect(store.unusedNames == ["pooler.dense.weight"])
        #expect(try store.scope("pooler.dense").tensor("weight", shape: [1]).scalars == [1])
        try store.checkAllUsed()
    }

    @Test("markUsed lets a model skip a tensor on purpose")
    func markUsed() throws {
        let (_, store) = try store()
        for name in store.names.dropFirst() { store.markUsed(name) }
        #expect(store.unusedNames == [store.names[0]])
        store.scope("encoder.layer.0.attention.self").scope("key").markUsed("weight")
        try store.checkAllUsed()
    }

    @Test("Scopes are usable from many tasks at once")
    func concurrentUse() async throws {
        let (_, store) = try store()
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    for name in store.names { _ = try? store.tensor(name) }
                }
            }
        }
        try store.checkAllUsed()
    }
}
