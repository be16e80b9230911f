import Foundation
import Testing

@testable import BaguiTensor

/// Trust matrix A18 (sharded index abuse) and the happy path of a sharded load.
@Suite("sharded index (A18)")
struct ShardedIndexTests {
    /// A directory with two valid shards: shard 1 holds a, b; shard 2 holds c.
    private func twoShards() throws -> TempDir {
        let dir = try TempDir()
        try SafeTensorsWriter.write([
            .init(name: "a", shape: [2], floats: [1, 2]),
            .init(name: "b", shape: [1], floats: [3]),
        ], to: dir.path + "/model-00001-of-00002.safetensors")
        try SafeTensorsWriter.write([.init(name: "c", shape: [2, 1], floats: [4, 5])], to: dir.path + "/model-00002-of-00002.safetensors")
        return dir
    }

    private let validIndex = """
        {"metadata": {"total_size": 20},
         "weight_map": {"a": "model-00001-of-00002.safetensors", "b": "model-00001-of-00002.safetensors",
                        "c": "model-00002-of-00002.safetensors"}}
        """

    private func storeError(_ dir: TempDir) -> SafeTensorsError? {
        do {
            _ = try WeightStore(directory: dir.path)
            return nil
        } catch { return error }
    }

    @Test("A valid sharded model loads every tensor from its shard")
    func shardedLoad() throws {
        let dir = try twoShards()
        try dir.write(ShardedIndex.fileName, text: validIndex)
        let store = try WeightStore(directory: dir.path)
        #expect(store.names == ["a", "b", "c"])
        #expect(store.fileName(of: "c") == "model-00002-of-00002.safetensors")
        #expect(try store.tensor("a").scalars == [1, 2])
        #expect(try store.tensor("c").shape == [2, 1])
        #expect(try store.tensor("c").scalars == [4, 5])
        #expect(store.files.count == 2)
    }

    @Test("A18: duplicate weight_map keys are refused as duplicates")
    func duplicateWeightMapKey() throws {
        let dir = try twoShards()
        try dir.write(ShardedIndex.fileName, text: """
            {"weight_map": {"a": "model-00001-of-00002.safetensors", "b": "model-00001-of-00002.safetensors",
                            "c": "model-00002-of-00002.safetensors", "a": "model-00002-of-00002.safetensors"}}
            """)
        #expect(storeError(dir) == .duplicateKey(file: ShardedIndex.fileName, key: "a"))
    }

    @Test(
        "A18: shard names that are not bare *.safetensors file names are refused",
        arguments: [
            "../../etc/passwd", "/abs/path.safetensors", "/etc/passwd", "sub/model.safetensors", "..", ".", "",
            "..model.safetensors", "../model.safetensors", ".hidden.safetensors", "model.bin", "pytorch_model.bin", "a\u{0}.safetensors",
        ])
    func badShardNames(shard: String) throws {
        let dir = try twoShards()
        let index = "{\"weight_map\": {\"a\": \(SafeTensorsWriter.quoted(shard))}}"
        try dir.write(ShardedIndex.fileName, text: index)
        #expect(storeError(dir) == .invalidShardName(file: ShardedIndex.fileName, shard: shard))
    }

    @Test("A18: a shard symlink that escapes the model directory is refused")
    func symlinkEscape() throws {
        let dir = try twoShards()
        let outside = try TempDir()
        try SafeTensorsWriter.write([.init(name: "a", shape: [2], floats: [1, 2]), .init(name: "b", shape: [1], floats: [3])], to: outside.path + "/evil.safetensors")
        try FileManager.default.removeItem(atPath: dir.path + "/model-00001-of-00002.safetensors")
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/model-00001-of-00002.safetensors", withDestinationPath: outside.path + "/evil.safetensors")
        try dir.write(ShardedIndex.fileName, text: validIndex)
        #expect(storeError(dir) == .shardOutsideDirectory(file: ShardedIndex.fileName, shard: "model-00001-of-00002.safetensors"))
    }

    @Test("A shard symlink that stays inside the model directory is accepted")
    func symlinkInside() throws {
        let dir = try twoShards()
        try FileManager.default.moveItem(atPath: dir.path + "/model-00002-of-00002.safetensors", toPath: dir.path + "/real.safetensors")
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/model-00002-of-00002.safetensors", withDestinationPath: "real.safetensors")
        try dir.write(ShardedIndex.fileName, text: validIndex)
        #expect(try WeightStore(directory: dir.path).tensor("c").scalars == [4, 5])
    }

    @Test("A18: a missing shard file is a typed error")
    func missingShard() throws {
        let dir = try twoShards()
        try FileManager.default.removeItem(atPath: dir.path + "/model-00002-of-00002.safetensors")
        try dir.write(ShardedIndex.fileName, text: validIndex)
        #expect(storeError(dir)?.caseName == "io")
    }

    @Test("A18: a tensor the index places in a shard that lacks it is refused")
    func tensorMissingFromShard() throws {
        let dir = try twoShards()
        try dir.write(ShardedIndex.fileName, text: """
            {"weight_map": {"a": "model-00001-of-00002.safetensors", "b": "model-00001-of-00002.safetensors",
                            "c": "model-00002-of-00002.safetensors", "d": "model-00002-of-00002.safetensors"}}
            """)
        #expect(storeError(dir) == .tensorMissingFromShard(file: "model-00002-of-00002.safetensors", tensor: "d"))
    }

    @Test("A18: a tensor present in two shards is refused")
    func tensorInTwoShards() throws {
        let dir = try twoShards()
        try SafeTensorsWriter.write([
            .init(name: "b", shape: [1], floats: [30]),
            .init(name: "c", shape: [2, 1], floats: [4, 5]),
        ], to: dir.path + "/model-00002-of-00002.safetensors")
        try dir.write(ShardedIndex.fileName, text: validIndex)
        #expect(storeError(dir) == .tensorInTwoShards(tensor: "b", first: "model-00001-of-00002.safetensors", second: "model-00002-of-00002.safetensors"))
    }

    @Test("A18: a tensor in a shard but not in the index is refused")
    func tensorNotInIndex() throws {
        let dir = try twoShards()
        try dir.write(ShardedIndex.fileName, text: """
            {"weight_map": {"a": "model-00001-of-00002.safetensors", "c": "model-00002-of-00002.safetensors"}}
            """)
        #expect(storeError(dir) == .tensorNotInIndex(file: "model-00001-of-00002.safetensors", tensor: "b"))
    }

    @Test("A18: malformed index structures are refused")
    func malformedIndex() throws {
        let cases = [
            "[]", "{}", "{\"weight_map\": []}", "{\"weight_map\": {\"a\": 1}}", "{\"weight_map\": {}, \"metadata\": 3}",
            "{\"weight_map\": {}, \"extra\": {}}", "{\"weight_map\": {\"a\": null}}",
        ]
        for text in cases {
            let dir = try twoShards()
            try dir.write(ShardedIndex.fileName, text: text)
            #expect(storeError(dir)?.caseName == "invalidIndex", "\(text)")
        }
        let dir = try twoShards()
        try dir.write(ShardedIndex.fileName, text: "{\"weight_map\": {")
        #expect(storeError(dir)?.caseName == "invalidJSON")
    }

    @Test("A hostile shard inside a valid index is still validated")
    func hostileShardContent() throws {
        let dir = try twoShards()
        try dir.write("model-00002-of-00002.safetensors", rawFile(header: "{}", data: [1, 2, 3]))
        try dir.write(ShardedIndex.fileName, text: validIndex)
        #expect(storeError(dir) == .incompleteBuffer(file: "model-00002-of-00002.safetensors", dataEnd: 0, dataLength: 3))
    }

    @Test("A directory without weights is a typed error")
    func noWeights() throws {
        let dir = try TempDir()
        try dir.write("pytorch_model.bin", [0x80, 0x04])
        #expect(storeError(dir)?.caseName == "noWeights")
    }
}
