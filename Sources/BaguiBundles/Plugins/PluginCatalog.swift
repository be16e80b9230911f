/// The code plugins one build of Bagui can attach, by name. `PluginCatalog.builtIn` (module
/// `BaguiDomains`) holds Bagui's own; an embedding application adds its own with ``adding(_:)``.
public struct PluginCatalog: Sendable {
    private var plugins: [String: any BundlePlugin]

    /// No plugins: bundles that name one are refused.
    public static let empty = PluginCatalog(table: [:])

    private init(table: [String: any BundlePlugin]) { plugins = table }

    /// A catalog of `plugins`; two with one name are an error.
    public init(_ plugins: [any BundlePlugin] = []) throws(BundleError) {
        self.plugins = [:]
        for plugin in plugins { try add(plugin) }
    }

    /// This catalog plus `plugin`.
    public func adding(_ plugin: any BundlePlugin) throws(BundleError) -> PluginCatalog {
        var copy = self
        try copy.add(plugin)
        return copy
    }

    /// The plugin manifests call `name`, if this build has it.
    public func plugin(named name: String) -> (any BundlePlugin)? { plugins[name] }

    /// Every plugin name, sorted.
    public var names: [String] { plugins.keys.sorted() }

    private mutating func add(_ plugin: any BundlePlugin) throws(BundleError) {
        guard plugins[plugin.name] == nil else { throw .duplicatePlugin(plugin.name) }
        plugins[plugin.name] = plugin
    }
}
