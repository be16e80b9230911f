import BaguiTokenizers
import Foundation

/// Tokenizers parsed once per process, keyed by the SHA-256 that a bundle's manifest lists for its
/// `tokenizer.json`.
///
/// Bagui's text bundles ship one shared tokenizer (`Models/shared-text`), and a text question loads
/// two of them (the router and an expert): parsing the file once instead of twice saves about
/// 30 ms of a cold `bagui ask`. The key is the manifest's hash, and a bundle asks only after
/// ``ModelBundle/verifyFiles()`` has matched its files to that hash. Entries stay for the life of
/// the process: one per distinct tokenizer file, a few MB each.
final class TokenizerCache: Sendable {
    /// The process's cache.
    static let shared = TokenizerCache()

    private let lock = NSLock()
    nonisolated(unsafe) private var tokenizers: [String: Tokenizer] = [:]

    /// The tokenizer of `bundle`, parsed from its `tokenizer.json` unless a file with the same
    /// SHA-256 was parsed before.
    func tokenizer(in bundle: ModelBundle) throws -> Tokenizer {
        guard let sha256 = bundle.manifest.files["tokenizer.json"] else {
            throw BundleError.invalidManifest(
                bundle: bundle.directory.lastPathComponent, reason: "a text classifier's files must list tokenizer.json, so that it can be verified")
        }
        if let cached = lock.withLock({ tokenizers[sha256] }) { return cached }
        let tokenizer = try Tokenizer(contentsOf: bundle.directory.appendingPathComponent("tokenizer.json"))
        lock.withLock { tokenizers[sha256] = tokenizer }
        return tokenizer
    }
}
