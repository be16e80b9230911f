#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// All the weights of one model directory, from `model.safetensors` or from the shards listed by
/// `model.safetensors.index.json`, with a record of which tensors the model has used.
///
/// ```swift
/// let store = try WeightStore(directory: modelDir)
/// let layer = store.scope("encoder.layer.0.attention.self")
/// let wq = try layer.scope("query").tensor("weight", shape: [384, 384])
/// try store.checkAllUsed()   // after building the model: nothing in the checkpoint was ignored
/// ```
public final class WeightStore: Sendable {
    /// The files the weights come from, in shard-name order.
    public let files: [SafeTensorsFile]
    /// Every tensor name, sorted.
    public let names: [String]
    /// What errors about the store as a whole name: the index file or the single weights file.
    public let displayName: String
    private let fileByTensor: [String: Int]
    private let used = UsageLedger()

    /// Opens `directory`: the sharded index when present, otherwise `model.safetensors`.
    ///
    /// Shard names in the index must be bare file names that resolve, after symlinks, inside the
    /// directory. (A Hugging Face cache `snapshots/` folder, whose files link into `../../blobs`,
    /// therefore needs materialising first, e.g. `huggingface-cli download --local-dir`.)
    public convenience init(directory: String) throws(SafeTensorsError) {
        if fileExists(directory + "/" + ShardedIndex.fileName) {
            let index = try ShardedIndex.load(directory: directory)
            var files: [SafeTensorsFile] = []
            for shard in index.shards {
                let path = try ShardedIndex.resolveShard(shard, in: directory)
                files.append(try SafeTensorsFile(path: path, name: shard))
            }
            try self.init(files: files, index: index)
        } else if fileExists(directory + "/model.safetensors") {
            self.init(file: try SafeTensorsFile(path: directory + "/model.safetensors"))
        } else {
            throw .noWeights(directory: String(directory.split(separator: "/").last ?? Substring(directory)))
        }
    }

    /// A store over one file.
    public init(file: SafeTensorsFile) {
        files = [file]
        names = file.names.sorted()
        displayName = file.name
        var map: [String: Int] = [:]
        for name in file.names { map[name] = 0 }
        fileByTensor = map
    }

    /// A store over shards, checked against their index: every indexed tensor is in the shard the
    /// index names, and every tensor of every shard is indexed there and nowhere else.
    public init(files: [SafeTensorsFile], index: ShardedIndex) throws(SafeTensorsError) {
        var shardPosition: [String: Int] = [:]
        for (i, f) in files.enumerated() { shardPosition[f.name] = i }
        for (tensor, shard) in index.weightMap.sorted(by: { $0.key < $1.key }) {
            guard let i = shardPosition[shard] else {
                throw .invalidIndex(file: ShardedIndex.fileName, reason: "shard \"\(shard)\" of tensor \"\(tensor)\" was not opened")
            }
            guard files[i].info(tensor) != nil else { throw .tensorMissingFromShard(file: shard, tensor: tensor) }
        }
        var map: [String: Int] = [:]
        for (i, f) in files.enumerated() {
            for tensor in f.names {
                if let first = map[tensor] {
                    throw .tensorInTwoShards(tensor: tensor, first: files[first].name, second: f.name)
                }
                guard index.weightMap[tensor] != nil else { throw .tensorNotInIndex(file: f.name, tensor: tensor) }
                map[tensor] = i
            }
        }
        // Each tensor's indexed shard was checked above to contain it, so a tensor found in a second
        // shard was caught as `tensorInTwoShards` whichever order the shards come in.
        self.files = files
        self.names = map.keys.sorted()
        self.displayName = ShardedIndex.fileName
        self.fileByTensor = map
    }

    /// What the header says about `name`, or nil.
    public func info(_ name: String) -> TensorInfo? { fileByTensor[name].flatMap { files[$0].info(name) } }

    /// The name of the file holding `name`, or nil.
    public func fileName(of name: String) -> String? { fileByTensor[name].map { files[$0].name } }

    /// True when a tensor called `name` exists.
    public func contains(_ name: String) -> Bool { fileByTensor[name] != nil }

    /// The tensor `name` as float32 (see ``SafeTensorsFile/tensor(_:)``), recorded as used.
    public func tensor(_ name: String) throws(SafeTensorsError) -> Tensor {
        guard let i = fileByTensor[name] else { throw .tensorNotFound(file: displayName, tensor: name) }
        let t = try files[i].tensor(name)
        used.insert(name)
        return t
    }

    /// Records `name` as used without loading it (for tensors a model deliberately ignores, such as
    /// BERT's `embeddings.position_ids` buffer).
    public func markUsed(_ name: String) { used.insert(name) }

    /// A view of the tensors under `prefix` (`"encoder.layer.0"`); `""` is the whole store.
    public func scope(_ prefix: String) -> WeightScope { WeightScope(store: self, prefix: prefix) }

    /// Tensor names never requested, sorted.
    public var unusedNames: [String] {
        let usedNames = used.snapshot()
        return names.filter { !usedNames.contains($0) }
    }

    /// Throws ``SafeTensorsError/unusedTensor(file:tensor:)`` naming the first tensor (in sorted
    /// order) that the model never requested: an extra tensor means the config and the weights
    /// disagree (trust matrix A19), so it must not pass silently.
    public func checkAllUsed() throws(SafeTensorsError) {
        if let first = unusedNames.first { throw .unusedTensor(file: fileName(of: first) ?? displayName, tensor: first) }
    }
}

/// The set of used tensor names, shared by all scopes of a store across threads.
///
/// `@unchecked Sendable` is safe because `names` is only touched while holding `lock`.
private final class UsageLedger: @unchecked Sendable {
    private var names = Set<String>()
    private let lock = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)

    init() { pthread_mutex_init(lock, nil) }

    deinit {
        pthread_mutex_destroy(lock)
        lock.deallocate()
    }

    func insert(_ name: String) {
        pthread_mutex_lock(lock)
        names.insert(name)
        pthread_mutex_unlock(lock)
    }

    func snapshot() -> Set<String> {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        return names
    }
}

/// True when `path` exists (following symlinks).
private func fileExists(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0
}
