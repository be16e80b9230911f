import BaguiBundles
import Foundation

/// The bundles under one or more models directories: discovered and validated at open, loaded
/// lazily on first use, kept under a memory budget (least recently used first out).
///
/// ```swift
/// let registry = ModelRegistry(directories: [URL(fileURLWithPath: "Models")], plugins: .builtIn)
/// let yield = try await registry.model("sugarcane-yield")
/// let answer = try yield.predict(StrictJSONParser.parse(request))
/// ```
///
/// A bundle that fails validation, names a plugin this build lacks, or shares its name and version
/// with another is refused with a reason; the others keep working. Every load re-verifies the files'
/// SHA-256 and replays `golden.json`, so a weights file changed after start is caught at its next
/// load. A model is published only once it is fully built and checked: the registry never holds a
/// half-loaded model, and two simultaneous first requests load it once.
public actor ModelRegistry {
    /// What the registry is told at open.
    public struct Options: Sendable {
        /// Bytes of bundle files kept loaded at once (`--memory-budget`); default 1 GiB.
        public var memoryBudgetBytes: Int
        /// Replay `golden.json` at every load and refuse a bundle that does not reproduce it.
        public var selfCheck: Bool
        /// Golden cases replayed at load (`bagui models verify` and `make test` replay all of them):
        /// enough to catch wrong weights or a wrong architecture, few enough for a fast first answer.
        public var selfCheckCases: Int

        public init(memoryBudgetBytes: Int = 1 << 30, selfCheck: Bool = true, selfCheckCases: Int = 3) {
            self.memoryBudgetBytes = memoryBudgetBytes
            self.selfCheck = selfCheck
            self.selfCheckCases = selfCheckCases
        }
    }

    /// Valid bundles, sorted by name then version.
    public nonisolated let entries: [RegistryEntry]
    /// Folders that were refused at discovery, with the reason.
    public nonisolated let refusedAtDiscovery: [RefusedBundle]
    /// The code plugins loads may attach.
    public nonisolated let plugins: PluginCatalog
    /// The options given at open.
    public nonisolated let options: Options
    /// Where loads (and the industry model's forward passes) run.
    public nonisolated let executor: any ComputeExecutor

    private struct Resident {
        let model: any BundleModel
        let bytes: Int
        var lastUse: UInt64
    }
    private var resident: [String: Resident] = [:]
    private var loading: [String: Task<any BundleModel, any Error>] = [:]
    private var failures: [String: String] = [:]
    private var clock: UInt64 = 0
    private var loadCount = 0

    /// Discovers the bundles in `directories` (each folder holding a `manifest.json`, one level
    /// down). Reads manifests only; no weights are touched until a model is asked for.
    /// Loads run on `compute` (default: Dispatch's global queue), off the cooperative pool.
    public init(directories: [URL], plugins: PluginCatalog, options: Options = Options(), compute: any ComputeExecutor = DispatchCompute()) {
        let (entries, refused) = BundleDiscovery.discover(in: directories, plugins: plugins)
        self.entries = entries
        self.refusedAtDiscovery = refused
        self.plugins = plugins
        self.options = options
        self.executor = compute
    }

    /// The entry `reference` (`name` or `name@version`) names; a bare name means its newest version.
    public nonisolated func entry(_ reference: String) throws(RegistryError) -> RegistryEntry {
        let parsed = try ModelReference(reference)
        let candidates = entries.filter { $0.manifest.name == parsed.name }
        guard let newest = candidates.last else {
            if let refused = refusedAtDiscovery.first(where: { $0.id == reference || $0.id.hasPrefix(parsed.name + "@") || $0.directory.lastPathComponent == parsed.name }) {
                throw .refused(refused.id, reason: refused.reason)
            }
            throw .unknownModel(parsed.name, known: Array(Set(entries.map(\.manifest.name))).sorted())
        }
        guard let version = parsed.version else { return newest }
        guard let exact = candidates.first(where: { $0.manifest.version == version }) else {
            throw .unknownVersion(name: parsed.name, version: version, known: candidates.map(\.manifest.version))
        }
        return exact
    }

    /// The loaded model for `reference`, loading it first if needed.
    public func model(_ reference: String) async throws -> any BundleModel {
        let entry = try entry(reference)
        let id = entry.id
        if let reason = failures[id] { throw RegistryError.refused(id, reason: reason) }
        clock += 1
        if var hit = resident[id] {
            hit.lastUse = clock
            resident[id] = hit
            return hit.model
        }
        if let pending = loading[id] { return try await pending.value }
        guard entry.sizeBytes <= options.memoryBudgetBytes else {
            throw RegistryError.overBudget(id, bytes: entry.sizeBytes, budget: options.memoryBudgetBytes)
        }
        let plugins = plugins, selfCheck = options.selfCheck, cases = options.selfCheckCases, executor = executor
        let task = Task { () throws -> any BundleModel in
            try await executor.compute {
                let model = try entry.bundle.load(plugins: plugins)
                if selfCheck { try GoldenCheck.run(model, directory: entry.bundle.directory, limit: cases) }
                return model
            }
        }
        loading[id] = task
        defer { loading[id] = nil }
        do {
            let model = try await task.value
            loadCount += 1
            evict(toFit: entry.sizeBytes)
            clock += 1
            resident[id] = Resident(model: model, bytes: entry.sizeBytes, lastUse: clock)
            return model
        } catch {
            let reason = "\(error)"
            failures[id] = reason
            throw RegistryError.refused(id, reason: reason)
        }
    }

    /// Where `id` (`name@version`) stands.
    public func status(of id: String) -> RegistryStatus {
        if let reason = failures[id] { return .refused(reason) }
        if resident[id] != nil { return .loaded }
        if let refused = refusedAtDiscovery.first(where: { $0.id == id }) { return .refused(refused.reason) }
        return .available
    }

    /// `name@version` of every model in memory.
    public var loadedIDs: [String] { resident.keys.sorted() }
    /// Bytes of bundle files in memory.
    public var residentBytes: Int { resident.values.reduce(0) { $0 + $1.bytes } }
    /// How many loads completed since open (a cache hit is not a load).
    public var completedLoads: Int { loadCount }

    /// Drops `id` from memory (in-flight requests keep their reference until they finish).
    public func unload(_ id: String) { resident[id] = nil }

    /// Forgets a failed load so the next request tries again (after an operator fixed the files).
    public func clearFailure(_ id: String) { failures[id] = nil }

    /// Evicts least recently used models until `incoming` more bytes fit the budget.
    private func evict(toFit incoming: Int) {
        while residentBytes + incoming > options.memoryBudgetBytes,
              let oldest = resident.min(by: { $0.value.lastUse < $1.value.lastUse })?.key {
            resident[oldest] = nil
        }
    }
}
