import Foundation

/// The seam where the model registry plugs in: given `--models DIR`, return the models to serve
/// (bundles, the industry model). Until the registry lands it serves nothing from the folder.
public enum ModelRegistryHook {
    /// Models found in `directory`, built on the shared `resources`.
    public static func models(in directory: URL, resources: ServingResources) throws -> [any ServedModel] {
        []
    }
}
