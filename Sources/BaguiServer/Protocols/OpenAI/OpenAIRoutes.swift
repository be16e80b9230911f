import Hummingbird

/// OpenAI-compatible routes: `POST /v1/embeddings`, `GET /v1/models`, and `POST /v1/ask` when the
/// industry model supplies an ``AskRoute``.
struct OpenAIRoutes {
    let core: ServerCore

    func register(on router: Router<ServerRequestContext>) {
        router.post("/v1/embeddings") { request, context in try await embeddings(request, context) }
        router.get("/v1/models") { _, _ in await models() }
        if let ask = core.ask {
            router.post("/v1/ask") { request, context in
                context.labels.model = ask.modelName
                let body = try await core.json(request)
                let answer = try await core.scheduler.run(model: ask.modelName) { try await ask.handler(body) }
                var json = JSONWriter()
                json.value(answer)
                return jsonResponse(json)
            }
        }
    }

    private func embeddings(_ request: Request, _ context: ServerRequestContext) async throws -> Response {
        let embeddingsRequest = try EmbeddingsRequest(json: try await core.json(request))
        let model = try await embeddingModel(named: embeddingsRequest.model, context: context)
        guard model.isReady else { throw ServerError.unavailable("model \(ServerCore.quoted(model.name)) is not ready") }
        if let width = embeddingsRequest.dimensions, width != model.dimension {
            throw ServerError.badRequest("\"dimensions\" must be \(model.dimension) for \(ServerCore.quoted(model.name)); other widths are not supported")
        }
        let input = embeddingsRequest.input
        let output = try await core.scheduler.run(model: model.name) { try await model.embed(input) }
        return jsonResponse(EmbeddingsResponse.json(output, model: model.name, format: embeddingsRequest.encodingFormat))
    }

    /// The named embedding model, or the first one served when the request names none.
    private func embeddingModel(named name: String?, context: ServerRequestContext) async throws -> any EmbeddingModel {
        let all = await core.repository.allModels()
        guard let name else {
            guard let first = all.lazy.compactMap({ $0 as? any EmbeddingModel }).first else {
                throw ServerError.notFound("no embedding model is served")
            }
            context.labels.model = first.name
            return first
        }
        // "sentence-transformers/all-MiniLM-L6-v2" names the model served as "all-MiniLM-L6-v2".
        let served = all.contains { $0.name == name } ? name : String(name.split(separator: "/").last ?? Substring(name))
        let model = try await core.model(served, version: nil, context: context)
        guard let embedding = model as? any EmbeddingModel else {
            throw ServerError.badRequest("model \(ServerCore.quoted(name)) does not produce embeddings")
        }
        return embedding
    }

    private func models() async -> Response {
        let all = await core.repository.allModels()
        var names: [String] = []
        for model in all where !names.contains(model.name) { names.append(model.name) }
        return jsonObjectResponse { members in
            members.member("object", "list")
            members.member("data") { json in
                json.array(names) { json, name in
                    json.object { entry in
                        entry.member("id", name)
                        entry.member("object", "model")
                        entry.member("created", 0)
                        entry.member("owned_by", "bagui")
                    }
                }
            }
        }
    }
}
