/// Why a bundle could not be opened or a request could not be run. Each reads as one sentence.
public enum BundleError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `manifest.json` is missing, unreadable, or breaks the schema; `bundle` is the folder name.
    case invalidManifest(bundle: String, reason: String)
    /// A file listed in the manifest is missing or its SHA-256 differs.
    case integrity(bundle: String, file: String, reason: String)
    /// A request field is missing, of the wrong type, out of range, or not finite.
    case invalidInput(field: String, reason: String)
    /// The bundle needs a code plugin (its manifest's `plugin`) that this build does not have.
    case missingPlugin(bundle: String, plugin: String)
    /// The bundle's golden cases do not reproduce: the bundle is not served.
    case goldenMismatch(bundle: String, reason: String)
    /// Two plugins in one ``PluginCatalog`` share a name.
    case duplicatePlugin(String)
    /// A plugin's own data file (rules, tables) is malformed.
    case invalidPluginData(bundle: String, file: String, reason: String)

    public var description: String {
        switch self {
        case let .invalidManifest(bundle, reason): "bundle \(bundle): invalid manifest.json: \(reason)"
        case let .integrity(bundle, file, reason): "bundle \(bundle): \(file) \(reason)"
        case let .invalidInput(field, reason): "input field \"\(field)\" \(reason)"
        case let .missingPlugin(bundle, plugin):
            "bundle \(bundle) needs the plugin \"\(plugin)\", which this build of Bagui does not have; it is not run without it"
        case let .goldenMismatch(bundle, reason): "bundle \(bundle) failed its golden self-check: \(reason)"
        case let .duplicatePlugin(name): "two plugins are named \"\(name)\""
        case let .invalidPluginData(bundle, file, reason): "bundle \(bundle): \(file) is invalid: \(reason)"
        }
    }
}
