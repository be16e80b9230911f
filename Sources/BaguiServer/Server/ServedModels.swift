import Bagui
import Foundation

/// What a configuration serves: the `--embedding-model` folder, every bundle the registry finds
/// under `--models`, and the industry model composed there (also as `POST /v1/ask`). Only
/// operator-given local folders are read; no endpoint loads a model from a client-supplied path or
/// URL (trust matrix D3).
public struct ServedModels: Sendable {
    /// The OIP v2 models.
    public let repository: InMemoryModelRepository
    /// `/v1/ask`, when the models directory composes an industry model.
    public let ask: AskRoute?
    /// The registry behind the bundles, when `--models` was given.
    public let registry: ModelRegistry?
    /// Folders under `--models` that were refused, with the reason (for the start-up log).
    public let refused: [RefusedBundle]

    /// Loads what `configuration` names. Bundles load lazily on their first request.
    public static func load(_ configuration: ServerConfiguration, resources: ServingResources) throws -> ServedModels {
        var models: [any ServedModel] = []
        if let directory = configuration.embeddingModelDirectory {
            let embedder = try SentenceEmbedder(directory: URL(fileURLWithPath: directory))
            models.append(resources.servedModel(for: embedder))
        }
        var ask: AskRoute?, registry: ModelRegistry?
        if !configuration.modelsDirectories.isEmpty {
            let directories = configuration.modelsDirectories.map { URL(fileURLWithPath: $0) }
            let opened = ModelRegistry(directories: directories, plugins: .builtIn, options: configuration.registry, compute: resources.pool)
            models += opened.entries.map { BundleServedModel(entry: $0, registry: opened, pool: resources.pool) }
            if let composition = IndustryModel.compositionFile(in: directories) {
                let industry = IndustryServedModel(industry: try IndustryModel(plan: IndustryPlan.load(composition, registry: opened), registry: opened))
                models.append(industry)
                ask = industry.askRoute
            }
            registry = opened
        }
        var seen = Set<String>()
        for model in models where !seen.insert("\(model.name)\u{0}\(model.version)").inserted {
            throw ConfigurationError("two models are named \(model.name) at version \(model.version)")
        }
        return ServedModels(repository: InMemoryModelRepository(models), ask: ask, registry: registry, refused: registry?.refusedAtDiscovery ?? [])
    }
}
