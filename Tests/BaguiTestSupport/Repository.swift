import Crypto
import Foundation

/// Paths into the repository the tests run from.
public enum Repository {
    /// The repository root.
    public static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()
    /// `Models/`.
    public static let models = root.appendingPathComponent("Models")
    /// `Models/<name>`.
    public static func bundle(_ name: String) -> URL { models.appendingPathComponent(name) }
}

/// A temporary models directory holding copies of shipped bundles (and `industry.json`), for tests
/// that damage, duplicate or remove them without touching `Models/`.
public struct ModelsFolder: Sendable {
    /// The folder.
    public let directory: URL

    /// Copies `bundles` (and, when `composition` is true, `industry.json`) from `Models/`.
    public init(copying bundles: [String], composition: Bool = false) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("bagui-models-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for name in bundles { try copy(name) }
        if composition {
            try FileManager.default.copyItem(at: Repository.models.appendingPathComponent("industry.json"), to: directory.appendingPathComponent("industry.json"))
        }
    }

    /// Copies the shipped bundle `name` in as folder `folder` (default: its own name).
    public func copy(_ name: String, as folder: String? = nil) throws {
        try FileManager.default.copyItem(at: Repository.bundle(name), to: directory.appendingPathComponent(folder ?? name))
    }

    /// `<folder>/<bundle>/<file>`.
    public func file(_ bundle: String, _ file: String) -> URL { directory.appendingPathComponent(bundle).appendingPathComponent(file) }

    /// Replaces the first occurrence of `old` with `new` in a bundle file, leaving the manifest's hash stale.
    public func tamper(_ bundle: String, _ name: String, replacing old: String, with new: String) throws {
        let url = file(bundle, name)
        let text = try String(contentsOf: url, encoding: .utf8)
        guard let range = text.range(of: old) else { throw TamperError(text: old, file: name) }
        try text.replacingCharacters(in: range, with: new).write(to: url, atomically: true, encoding: .utf8)
    }

    /// Flips one byte of a binary bundle file in place, leaving the manifest's hash stale.
    public func flipByte(_ bundle: String, _ name: String, at offset: Int) throws {
        let handle = try FileHandle(forUpdating: file(bundle, name))
        defer { try? handle.close() }
        try handle.seek(toOffset: UInt64(offset))
        let byte = try handle.read(upToCount: 1)?.first ?? 0
        try handle.seek(toOffset: UInt64(offset))
        try handle.write(contentsOf: [byte ^ 0xFF])
    }

    /// Deletes the folder.
    public func remove() { try? FileManager.default.removeItem(at: directory) }

    struct TamperError: Error, CustomStringConvertible {
        let text: String, file: String
        var description: String { "\(file) does not contain \(text)" }
    }
}

/// Rewrites one file's SHA-256 in a bundle's manifest (for tests that change a file on purpose).
public enum ManifestHash {
    public static func rehash(_ bundle: URL, file: String) throws {
        let manifestURL = bundle.appendingPathComponent("manifest.json")
        guard var manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: manifestURL)) as? [String: Any],
              var files = manifest["files"] as? [String: String] else { throw CocoaError(.fileReadCorruptFile) }
        files[file] = try sha256(of: bundle.appendingPathComponent(file))
        manifest["files"] = files
        try JSONSerialization.data(withJSONObject: manifest, options: [.sortedKeys]).write(to: manifestURL)
    }

    static func sha256(of url: URL) throws -> String {
        SHA256.hash(data: try Data(contentsOf: url)).map { String(format: "%02x", $0) }.joined()
    }
}
