import BaguiBundles
import Foundation

/// One bundle the registry found, with a valid manifest. Loading it may still fail.
public struct RegistryEntry: Sendable {
    /// The opened bundle (manifest validated, no weights read).
    public let bundle: ModelBundle
    /// Bytes of the bundle's listed files on disk: what loading it costs against the memory budget.
    public let sizeBytes: Int

    /// `name@version`.
    public var id: String { bundle.manifest.id }
    /// The validated manifest.
    public var manifest: BundleManifest { bundle.manifest }
}

/// A folder under a models directory that is not served, and why.
public struct RefusedBundle: Sendable, Equatable {
    /// The bundle folder.
    public let directory: URL
    /// `name@version` when the manifest was readable, else the folder name.
    public let id: String
    /// One sentence.
    public let reason: String
}

/// Where a bundle stands in the registry.
public enum RegistryStatus: Sendable, Equatable, CustomStringConvertible {
    /// Found and valid; not loaded (loads on first use).
    case available
    /// In memory and serving.
    case loaded
    /// Not served; the reason is one sentence.
    case refused(String)

    public var description: String {
        switch self {
        case .available: "available"
        case .loaded: "loaded"
        case .refused(let reason): "refused: \(reason)"
        }
    }
}
