import Bagui
import Foundation

/// Loads the models a configuration names: the `--embedding-model` folder and whatever
/// ``ModelRegistryHook`` finds under `--models`. Only operator-given local folders are read; no
/// endpoint loads a model from a client-supplied path or URL (trust matrix D3).
public enum ServedModels {
    public static func load(_ configuration: ServerConfiguration, resources: ServingResources) throws -> InMemoryModelRepository {
        var models: [any ServedModel] = []
        if let directory = configuration.embeddingModelDirectory {
            let embedder = try SentenceEmbedder(directory: URL(fileURLWithPath: directory))
            models.append(resources.servedModel(for: embedder))
        }
        if let directory = configuration.modelsDirectory {
            models += try ModelRegistryHook.models(in: URL(fileURLWithPath: directory), resources: resources)
        }
        var seen = Set<String>()
        for model in models where !seen.insert("\(model.name)\u{0}\(model.version)").inserted {
            throw ConfigurationError("two models are named \(model.name) at version \(model.version)")
        }
        return InMemoryModelRepository(models)
    }
}
