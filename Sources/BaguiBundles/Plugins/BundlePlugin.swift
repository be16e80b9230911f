/// Code a bundle needs beside its weights: a red-flag rule layer, an advice lookup, a feature
/// derivation. A manifest names its plugin (`"plugin": "triage-safety"`); a bundle whose plugin is
/// missing is refused, never run without it.
///
/// A plugin is a decorator: it receives the network-backed model and returns the model that
/// answers requests. Third-party packages add domains by conforming to this protocol and passing
/// their plugin in a ``PluginCatalog``; nothing in Bagui needs editing.
///
/// ```swift
/// struct LatexGrade: BundlePlugin {
///     let name = "latex-grade"
///     func attach(to model: any BundleModel, bundle: ModelBundle) throws -> any BundleModel {
///         GradedModel(base: model, table: try bundle.read("grades.json"))
///     }
/// }
/// ```
public protocol BundlePlugin: Sendable {
    /// The name manifests use in their `plugin` field.
    var name: String { get }

    /// Wraps `model`, the bare network of `bundle`, into the model that answers requests. Files the
    /// plugin reads must be listed in the manifest's `files` (so their SHA-256 is checked); read
    /// them with ``ModelBundle/read(_:)``.
    func attach(to model: any BundleModel, bundle: ModelBundle) throws -> any BundleModel
}
