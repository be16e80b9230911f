/// Why a bundle could not be opened or a request could not be run. Each reads as one sentence.
public enum BundleError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `manifest.json` is missing, unreadable, or breaks the schema; `bundle` is the folder name.
    case invalidManifest(bundle: String, reason: String)
    /// A file listed in the manifest is missing or its SHA-256 differs.
    case integrity(bundle: String, file: String, reason: String)
    /// A request field is missing, of the wrong type, out of range, or not finite.
    case invalidInput(field: String, reason: String)
    /// The bundle's golden cases do not reproduce: the bundle is not served.
    case goldenMismatch(bundle: String, reason: String)

    public var description: String {
        switch self {
        case let .invalidManifest(bundle, reason): "bundle \(bundle): invalid manifest.json: \(reason)"
        case let .integrity(bundle, file, reason): "bundle \(bundle): \(file) \(reason)"
        case let .invalidInput(field, reason): "input field \"\(field)\" \(reason)"
        case let .goldenMismatch(bundle, reason): "bundle \(bundle) failed its golden self-check: \(reason)"
        }
    }
}
