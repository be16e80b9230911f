import BaguiJSON
import Hummingbird

/// What every route handler needs: the models, the scheduler, the state and the limits.
struct ServerCore: Sendable {
    let configuration: ServerConfiguration
    let repository: any ModelRepository
    let scheduler: InferenceScheduler
    let state: ServerState
    let metrics: ServerMetrics
    let ask: AskRoute?

    /// The served model `name` (at `version`), recording its name for metrics; 404 otherwise.
    func model(_ name: String?, version: String?, context: ServerRequestContext) async throws -> any ServedModel {
        guard let name, let model = await repository.model(named: name, version: version) else {
            context.labels.model = "unknown"
            if let name, let version, await repository.model(named: name, version: nil) != nil {
                throw ServerError.notFound("model \(Self.quoted(name)) has no version \(Self.quoted(version))")
            }
            throw ServerError.notFound("model \(Self.quoted(name ?? "")) is not served here")
        }
        context.labels.model = model.name
        return model
    }

    /// The request body as JSON, within the configured limits.
    func json(_ request: Request) async throws -> JSONValue {
        let bytes = try await RequestBodyReader.bytes(request, limit: configuration.limits.maxBodyBytes)
        return try RequestBodyReader.parse(bytes[...], maxDepth: configuration.limits.maxJSONDepth)
    }

    /// Names from clients are echoed only shortened and quoted.
    static func quoted(_ text: String) -> String {
        let short = text.count > 64 ? String(text.prefix(64)) + "…" : text
        var json = JSONWriter()
        json.string(short)
        return String(decoding: json.bytes, as: UTF8.self)
    }

    /// True when the server is ready: not draining and every model ready.
    func isReady() async -> Bool {
        guard !state.isDraining else { return false }
        return await repository.allModels().allSatisfy(\.isReady)
    }
}
