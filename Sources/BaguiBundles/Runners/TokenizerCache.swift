import BaguiTokenizers
import Foundation

/// Tokenizers parsed once per process, keyed by the SHA-256 that a bundle's manifest lists for its
/// `tokenizer.json`: a text question loads the router and an expert, which share one tokenizer file.
enum TokenizerCache {
    private static let tokenizers = ParsedFileCache<Tokenizer>()

    /// The tokenizer of `bundle`, whose files ``ModelBundle/verifyFiles()`` has already checked.
    static func tokenizer(in bundle: ModelBundle) throws -> Tokenizer {
        guard let sha256 = bundle.manifest.files["tokenizer.json"] else {
            throw BundleError.invalidManifest(
                bundle: bundle.directory.lastPathComponent, reason: "a text classifier's files must list tokenizer.json, so that it can be verified")
        }
        return try tokenizers.value(sha256: sha256) { try Tokenizer(contentsOf: bundle.directory.appendingPathComponent("tokenizer.json")) }
    }
}
