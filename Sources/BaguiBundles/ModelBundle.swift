import BaguiJSON
import BaguiModels
import BaguiTensor
import BaguiTokenizers
import Crypto
import Foundation

/// A domain model bundle on disk (`Models/<name>/`): its manifest, validated, and its files,
/// verified against their SHA-256 before a byte of them is used.
///
/// ```swift
/// let bundle = try ModelBundle(directory: URL(fileURLWithPath: "Models/sugarcane-yield"))
/// let model = try bundle.load()
/// let result = try model.predict(StrictJSONParser.parse(#"{"planting_month": 3, …}"#))
/// ```
public struct ModelBundle: Sendable {
    /// The bundle folder.
    public let directory: URL
    /// The validated manifest.
    public let manifest: BundleManifest

    /// Largest manifest read; real ones are a few kilobytes.
    static let maxManifestBytes = 1 << 20

    /// Reads and validates `directory/manifest.json` (no weights are read yet).
    public init(directory: URL) throws {
        self.directory = directory
        let bundle = directory.lastPathComponent
        let url = directory.appendingPathComponent("manifest.json")
        guard let data = try? Data(contentsOf: url) else { throw BundleError.invalidManifest(bundle: bundle, reason: "manifest.json is missing or unreadable") }
        guard data.count <= Self.maxManifestBytes else { throw BundleError.invalidManifest(bundle: bundle, reason: "manifest.json is larger than 1 MB") }
        do {
            manifest = try StrictJSON.decode(BundleManifest.self, from: data, limits: .init(maxDepth: 32))
        } catch let error as JSONError {
            throw BundleError.invalidManifest(bundle: bundle, reason: error.description)
        } catch let error as DecodingError {
            throw BundleError.invalidManifest(bundle: bundle, reason: ModelDirectory.describe(error))
        }
        try ManifestValidator.validate(manifest, bundle: bundle)
    }

    /// Checks every listed file exists, is a regular file inside the bundle, and has its SHA-256.
    public func verifyFiles() throws {
        let bundle = directory.lastPathComponent
        let root = directory.resolvingSymlinksInPath().path
        for (file, expected) in manifest.files.sorted(by: { $0.key < $1.key }) {
            let url = directory.appendingPathComponent(file)
            guard url.resolvingSymlinksInPath().path.hasPrefix(root + "/") else {
                throw BundleError.integrity(bundle: bundle, file: file, reason: "resolves outside the bundle")
            }
            guard let handle = try? FileHandle(forReadingFrom: url) else { throw BundleError.integrity(bundle: bundle, file: file, reason: "is missing") }
            defer { try? handle.close() }
            var hasher = SHA256()
            while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty { hasher.update(data: chunk) }
            let actual = hasher.finalize().map { String(format: "%02x", $0) }.joined()
            guard actual == expected else {
                throw BundleError.integrity(bundle: bundle, file: file, reason: "has SHA-256 \(actual.prefix(12))…, but the manifest says \(expected.prefix(12))…; the file was changed or replaced")
            }
        }
    }

    /// Verifies the files and builds the model the manifest's architecture names, with its plugin
    /// attached from `plugins`.
    /// - Parameter requirePlugin: pass false only to replay goldens against the bare network
    ///   (`bagui models verify`-style checks); a model loaded so is never to answer requests.
    public func load(plugins: PluginCatalog = PluginCatalog.empty, requirePlugin: Bool = true) throws -> any BundleModel {
        var plugin: (any BundlePlugin)?
        if requirePlugin, let name = manifest.plugin {
            guard let found = plugins.plugin(named: name) else { throw BundleError.missingPlugin(bundle: manifest.name, plugin: name) }
            plugin = found
        }
        let network = try loadNetwork()
        return try plugin.map { try $0.attach(to: network, bundle: self) } ?? network
    }

    /// The bare network, without its plugin: what `golden.json`'s `raw` values check.
    func loadNetwork() throws -> any BundleModel {
        // Hashing the files, parsing the tokenizer and building the network are independent, so
        // they run side by side (a text bundle's cold load on two cores). Nothing is returned
        // unless every hash matched; the parsers are hardened against hostile files either way.
        let isText = manifest.architecture == TextClassifierModel.modelType
        let (tokenizer, network) = try ConcurrentLoad.both({ () throws -> Tokenizer? in
            try verifyFiles()
            return isText ? try TokenizerCache.tokenizer(in: self) : nil
        }, {
            let weights = try WeightStore(directory: directory.path)
            return try ArchitectureRegistry.shared.build(directory: directory, weights: weights)
        })
        guard network.modelType == manifest.architecture else {
            throw BundleError.invalidManifest(bundle: directory.lastPathComponent, reason: "architecture is \(manifest.architecture) but config.json builds \(network.modelType)")
        }
        let decoder = OutputDecoder(outputs: manifest.outputs, preprocessing: manifest.preprocessing)
        switch network {
        case let mlp as MLPModel: return try TabularModel(manifest: manifest, network: mlp, decoder: decoder)
        case let series as SeriesEncoderModel: return try SeriesModel(manifest: manifest, network: series, decoder: decoder)
        case let text as TextClassifierModel:
            guard let tokenizer else { throw BundleError.invalidManifest(bundle: directory.lastPathComponent, reason: "a text classifier needs a tokenizer.json") }
            return try TextModel(manifest: manifest, network: text, tokenizer: tokenizer, decoder: decoder)
        default:
            throw BundleError.invalidManifest(bundle: directory.lastPathComponent, reason: "architecture \(manifest.architecture) cannot be served as a bundle")
        }
    }

    /// Largest plugin file read through ``read(_:)``: 16 MiB.
    static let maxPluginFileBytes = 16 << 20

    /// The bytes of `file`, one of the manifest's `files`, checked against its SHA-256 (a plugin's
    /// tables are as much a part of the model as its weights).
    public func read(_ file: String) throws -> Data {
        let bundle = directory.lastPathComponent
        guard let expected = manifest.files[file] else {
            throw BundleError.integrity(bundle: bundle, file: file, reason: "is not listed in manifest.json's files, so it cannot be verified")
        }
        let url = directory.appendingPathComponent(file)
        guard url.resolvingSymlinksInPath().path.hasPrefix(directory.resolvingSymlinksInPath().path + "/") else {
            throw BundleError.integrity(bundle: bundle, file: file, reason: "resolves outside the bundle")
        }
        guard let data = FileManager.default.contents(atPath: url.path) else { throw BundleError.integrity(bundle: bundle, file: file, reason: "is missing") }
        guard data.count <= Self.maxPluginFileBytes else { throw BundleError.integrity(bundle: bundle, file: file, reason: "is larger than 16 MiB") }
        let actual = SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
        guard actual == expected else {
            throw BundleError.integrity(bundle: bundle, file: file, reason: "has SHA-256 \(actual.prefix(12))…, but the manifest says \(expected.prefix(12))…; the file was changed or replaced")
        }
        return data
    }
}
