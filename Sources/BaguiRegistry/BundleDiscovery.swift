import BaguiBundles
import Foundation

/// Finds bundles: every folder directly under a models directory that holds a `manifest.json`.
enum BundleDiscovery {
    static func discover(in directories: [URL], plugins: PluginCatalog) -> ([RegistryEntry], [RefusedBundle]) {
        var found: [RegistryEntry] = []
        var refused: [RefusedBundle] = []
        let files = FileManager.default
        for directory in directories {
            let children = (try? files.contentsOfDirectory(at: directory, includingPropertiesForKeys: [.isDirectoryKey], options: [.skipsHiddenFiles])) ?? []
            for folder in children.sorted(by: { $0.lastPathComponent < $1.lastPathComponent }) {
                guard files.fileExists(atPath: folder.appendingPathComponent("manifest.json").path) else { continue }
                do {
                    let bundle = try ModelBundle(directory: folder)
                    if let plugin = bundle.manifest.plugin, plugins.plugin(named: plugin) == nil {
                        throw BundleError.missingPlugin(bundle: bundle.manifest.name, plugin: plugin)
                    }
                    found.append(RegistryEntry(bundle: bundle, sizeBytes: try size(of: bundle)))
                } catch {
                    let id = (try? ModelBundle(directory: folder))?.manifest.id ?? folder.lastPathComponent
                    refused.append(RefusedBundle(directory: folder, id: id, reason: "\(error)"))
                }
            }
        }
        // Two bundles with one name and version: neither can be trusted to be the one meant.
        let counts = Dictionary(grouping: found, by: \.id)
        for (id, copies) in counts where copies.count > 1 {
            // Folder names, not absolute paths: a reason can reach a client in an error message.
            let places = copies.map { "\($0.bundle.directory.deletingLastPathComponent().lastPathComponent)/\($0.bundle.directory.lastPathComponent)" }
                .joined(separator: " and ")
            for copy in copies {
                refused.append(RefusedBundle(directory: copy.bundle.directory, id: id, reason: "\(id) is found twice (\(places)); remove one"))
            }
        }
        found.removeAll { counts[$0.id, default: []].count > 1 }
        found.sort { a, b in
            a.manifest.name != b.manifest.name ? a.manifest.name < b.manifest.name : SemanticVersion.isOlder(a.manifest.version, than: b.manifest.version)
        }
        return (found, refused)
    }

    /// Bytes of the manifest's files, each of which must exist as a regular file.
    static func size(of bundle: ModelBundle) throws -> Int {
        var total = 0
        for file in bundle.manifest.files.keys.sorted() {
            let path = bundle.directory.appendingPathComponent(file).path
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
                  attributes[.type] as? FileAttributeType == .typeRegular, let size = attributes[.size] as? Int else {
                throw BundleError.integrity(bundle: bundle.manifest.name, file: file, reason: "is missing")
            }
            total += size
        }
        return total
    }
}
