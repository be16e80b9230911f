/// Where the server finds its models. The model registry implements this over its bundles; the
/// server never loads a model because a client asked (no load endpoint, no paths or URLs from requests).
public protocol ModelRepository: Sendable {
    /// Every served model, every version.
    func allModels() async -> [any ServedModel]
    /// The model `name` at `version`, or at the version the repository prefers when `version` is nil.
    func model(named name: String, version: String?) async -> (any ServedModel)?
}

extension ModelRepository {
    /// All versions served under `name`.
    func versions(of name: String) async -> [String] {
        await allModels().filter { $0.name == name }.map(\.version)
    }
}

/// A fixed set of models held in memory. When a name has several versions, the default is the one
/// listed last.
///
/// ```swift
/// let repository = InMemoryModelRepository([try SentenceEmbedderModel(embedder: embedder, ...)])
/// ```
public struct InMemoryModelRepository: ModelRepository {
    public let models: [any ServedModel]

    public init(_ models: [any ServedModel]) { self.models = models }

    public func allModels() async -> [any ServedModel] { models }

    public func model(named name: String, version: String?) async -> (any ServedModel)? {
        models.last { $0.name == name && (version == nil || $0.version == version) }
    }
}
