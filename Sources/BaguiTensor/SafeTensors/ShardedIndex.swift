#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import BaguiJSON

/// `model.safetensors.index.json`: which shard file holds each tensor of a sharded checkpoint.
///
/// ```json
/// {"metadata": {"total_size": 1234}, "weight_map": {"embed.weight": "model-00001-of-00002.safetensors"}}
/// ```
///
/// Hardened per safetensors-rules.md §1.6 rule 6: duplicate keys are refused (lattice #988 lost
/// tensors to silently collapsed duplicates), and shard names come from file data, so each must be
/// a bare `*.safetensors` file name: no `/`, no `..`, not absolute (ONNX `external_data` traversal,
/// CVE-2022-25882 / CVE-2024-27318). Containment after symlinks is checked by ``resolveShard(_:in:)``.
/// Top-level keys other than `metadata` and `weight_map` are refused (deny by default).
public struct ShardedIndex: Sendable, Equatable {
    /// The index's file name inside a model directory.
    public static let fileName = "model.safetensors.index.json"
    /// Largest index file read; real ones are a few hundred kilobytes.
    public static let maxFileSize = 64 << 20

    /// Tensor name → shard file name.
    public let weightMap: [String: String]
    /// The distinct shard file names, sorted.
    public let shards: [String]
    /// The optional `metadata` object (often `{"total_size": …}`), unvalidated beyond being an object.
    public let metadata: JSONObject?

    /// Parses and validates index JSON; `file` is the name errors show.
    public static func parse(_ bytes: [UInt8], file: String = ShardedIndex.fileName) throws(SafeTensorsError) -> ShardedIndex {
        let root: JSONValue
        do {
            root = try StrictJSONParser.parse(bytes, limits: .init(maxDepth: 32))
        } catch {
            if case .duplicateKey(let key) = error { throw .duplicateKey(file: file, key: key) }
            throw .invalidJSON(file: file, error)
        }
        guard let object = root.object else { throw .invalidIndex(file: file, reason: "expected an object, found \(root.kindDescription)") }
        for key in object.keys where key != "metadata" && key != "weight_map" {
            throw .invalidIndex(file: file, reason: "unexpected key \"\(key)\"")
        }
        var metadata: JSONObject?
        if let value = object["metadata"] {
            guard let m = value.object else { throw .invalidIndex(file: file, reason: "\"metadata\" is \(value.kindDescription), not an object") }
            metadata = m
        }
        guard let mapValue = object["weight_map"] else { throw .invalidIndex(file: file, reason: "missing \"weight_map\"") }
        guard let map = mapValue.object else {
            throw .invalidIndex(file: file, reason: "\"weight_map\" is \(mapValue.kindDescription), not an object")
        }
        var weightMap: [String: String] = [:]
        var shards = Set<String>()
        for (tensor, value) in map.members {
            guard let shard = value.string else {
                throw .invalidIndex(file: file, reason: "the shard of \"\(tensor)\" is \(value.kindDescription), not a string")
            }
            guard isBareShardName(shard) else { throw .invalidShardName(file: file, shard: shard) }
            weightMap[tensor] = shard
            shards.insert(shard)
        }
        return ShardedIndex(weightMap: weightMap, shards: shards.sorted(), metadata: metadata)
    }

    /// Reads and parses the index in `directory`, checking its size before reading it.
    public static func load(directory: String) throws(SafeTensorsError) -> ShardedIndex {
        let file = try OpenFile(path: directory + "/" + fileName, name: fileName)
        guard file.size <= maxFileSize else {
            throw .invalidIndex(file: fileName, reason: "\(file.size) bytes exceeds the \(maxFileSize)-byte limit")
        }
        return try parse(file.readAll(), file: fileName)
    }

    /// True for a plain `name.safetensors`: not empty, no `/`, no NUL, no `..`, no leading `.`.
    public static func isBareShardName(_ name: String) -> Bool {
        !name.isEmpty && !name.contains("/") && !name.contains("\0") && !name.contains("..")
            && !name.hasPrefix(".") && name.hasSuffix(".safetensors") && name.utf8.count <= 255
    }

    /// The real path of `shard` in `directory`, after resolving every symlink, or an error if it
    /// does not exist or lands outside the (also resolved) directory.
    public static func resolveShard(_ shard: String, in directory: String) throws(SafeTensorsError) -> String {
        guard isBareShardName(shard) else { throw .invalidShardName(file: fileName, shard: shard) }
        guard let root = realPath(directory) else {
            throw .io(file: fileName, operation: "resolve the model directory", reason: systemError())
        }
        guard let resolved = realPath(directory + "/" + shard) else {
            throw .io(file: shard, operation: "resolve the shard", reason: systemError())
        }
        let prefix = root.hasSuffix("/") ? root : root + "/"
        guard resolved.hasPrefix(prefix), resolved.count > prefix.count else {
            throw .shardOutsideDirectory(file: fileName, shard: shard)
        }
        return resolved
    }
}

/// `realpath(3)`: the canonical absolute path with every symlink resolved, or nil.
func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
}
