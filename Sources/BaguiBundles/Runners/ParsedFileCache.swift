import Foundation

/// Values parsed from bundle files, once per process for each SHA-256 that a manifest lists.
///
/// Bundles share files: the text bundles ship one tokenizer (`Models/shared-text`), and the
/// industry model's red-flag screen reads the same `red_flags.json` as the triage plugin. A cold
/// text question parsed each of them twice. Callers look a value up only after the file has been
/// checked against that hash (``ModelBundle/verifyFiles()`` or ``ModelBundle/read(_:)``), so a
/// cached value is always one parsed from bytes with the manifest's hash. Entries stay for the
/// life of the process: one per distinct file.
public final class ParsedFileCache<Value: Sendable>: @unchecked Sendable {
    // @unchecked: `values` is only touched while holding `lock`.
    private let lock = NSLock()
    private var values: [String: Value] = [:]

    /// An empty cache.
    public init() {}

    /// The value for `sha256`, from `parse` the first time it is asked for.
    public func value(sha256: String, parse: () throws -> Value) rethrows -> Value {
        if let cached = lock.withLock({ values[sha256] }) { return cached }
        let value = try parse()
        lock.withLock { values[sha256] = value }
        return value
    }
}
