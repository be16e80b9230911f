import BaguiJSON
import HTTPTypes
import Hummingbird

/// Open Inference Protocol v2 over HTTP/REST: health, server and model metadata, readiness,
/// inference, and the read-only repository index. The `/versions/{version}` segment is optional
/// everywhere.
struct OpenInferenceRoutes {
    let core: ServerCore

    func register(on router: Router<ServerRequestContext>) {
        router.get("/v2/health/live") { _, _ in jsonObjectResponse { $0.member("live", true) } }
        router.get("/v2/health/ready") { _, _ in
            let ready = await core.isReady()
            return jsonObjectResponse(status: ready ? .ok : .serviceUnavailable) { $0.member("ready", ready) }
        }
        router.get("/v2") { _, _ in
            jsonObjectResponse { members in
                members.member("name", core.configuration.serverName)
                members.member("version", core.configuration.serverVersion)
                members.member("extensions") { $0.array(["model_repository"]) { $0.string($1) } }
            }
        }
        for prefix in ["/v2/models/:model", "/v2/models/:model/versions/:version"] {
            router.get(RouterPath(prefix)) { _, context in try await metadata(context) }
            router.get(RouterPath(prefix + "/ready")) { _, context in try await readiness(context) }
            router.post(RouterPath(prefix + "/infer")) { request, context in try await infer(request, context) }
        }
        router.post("/v2/repository/index") { _, _ in await repositoryIndex() }
    }

    private func resolve(_ context: ServerRequestContext) async throws -> any ServedModel {
        try await core.model(context.parameters.get("model"), version: context.parameters.get("version"), context: context)
    }

    // MARK: - Metadata

    private func metadata(_ context: ServerRequestContext) async throws -> Response {
        let model = try await resolve(context)
        let versions = await core.repository.versions(of: model.name)
        return jsonObjectResponse { members in
            members.member("name", model.name)
            members.member("versions") { $0.array(versions) { $0.string($1) } }
            members.member("platform", model.platform)
            members.member("inputs") { Self.write(model.inputs, to: &$0) }
            members.member("outputs") { Self.write(model.outputs, to: &$0) }
        }
    }

    private static func write(_ tensors: [TensorMetadata], to json: inout JSONWriter) {
        json.array(tensors) { json, tensor in
            json.object { members in
                members.member("name", tensor.name)
                members.member("datatype", tensor.datatype.rawValue)
                members.member("shape") { $0.array(tensor.shape) { $0.number($1) } }
            }
        }
    }

    private func readiness(_ context: ServerRequestContext) async throws -> Response {
        let model = try await resolve(context)
        let ready = model.isReady && !core.state.isDraining
        return jsonObjectResponse(status: ready ? .ok : .serviceUnavailable) { members in
            members.member("name", model.name)
            members.member("ready", ready)
        }
    }

    private func repositoryIndex() async -> Response {
        let models = await core.repository.allModels()
        var json = JSONWriter()
        json.array(models) { json, model in
            json.object { members in
                members.member("name", model.name)
                members.member("version", model.version)
                members.member("state", model.isReady ? "READY" : "UNAVAILABLE")
                members.member("reason", model.isReady ? "" : "not ready")
            }
        }
        return jsonResponse(json)
    }

    // MARK: - Inference

    private func infer(_ request: Request, _ context: ServerRequestContext) async throws -> Response {
        let model = try await resolve(context)
        guard model.isReady else { throw ServerError.unavailable("model \(ServerCore.quoted(model.name)) is not ready") }
        let inference = try await Self.decode(request, core: core)
        try Self.validate(inference, against: model)
        let response = try await core.scheduler.run(model: model.name) { try await model.infer(inference) }
        let binary = inference.binaryOutputs
        let all = inference.binaryByDefault && inference.requestedOutputs.isEmpty
        let (json, tail) = response.encode(requested: inference.requestedOutputs) { all || binary.contains($0) }
        guard !tail.isEmpty else { return jsonResponse(json) }
        return Response(
            status: .ok,
            headers: [.contentType: "application/octet-stream", Self.binaryHeader: String(json.bytes.count)],
            body: .init(byteBuffer: ByteBuffer(bytes: json.bytes + tail)))
    }

    static let binaryHeader = HTTPField.Name(BinaryTensorData.headerName)!

    /// The JSON request, and with the binary extension the tensor bytes that follow it.
    static func decode(_ request: Request, core: ServerCore) async throws -> InferenceRequest {
        let limits = core.configuration.limits
        let bytes = try await RequestBodyReader.bytes(request, limit: limits.maxBodyBytes)
        guard let header = request.headers[binaryHeader] else {
            return try InferenceRequest(json: try RequestBodyReader.parse(bytes[...], maxDepth: limits.maxJSONDepth))
        }
        guard let length = Int(header), (0...bytes.count).contains(length) else {
            throw ServerError.badRequest("\(BinaryTensorData.headerName) must be the length of the JSON part of the body")
        }
        let json = try RequestBodyReader.parse(bytes[..<length], maxDepth: limits.maxJSONDepth)
        return try InferenceRequest(json: json, binary: bytes[length...])
    }

    /// Inputs must be exactly the declared ones, with their datatype and a shape the declaration
    /// accepts; requested outputs must exist.
    static func validate(_ request: InferenceRequest, against model: any ServedModel) throws(ServerError) {
        for input in request.inputs where !model.inputs.contains(where: { $0.name == input.name }) {
            throw .badRequest("model \(ServerCore.quoted(model.name)) has no input \(ServerCore.quoted(input.name))")
        }
        for declared in model.inputs {
            guard let input = request.input(named: declared.name) else {
                throw .badRequest("input \(ServerCore.quoted(declared.name)) is missing")
            }
            guard input.datatype == declared.datatype else {
                throw .badRequest("input \(ServerCore.quoted(declared.name)) must be \(declared.datatype.rawValue), not \(input.datatype.rawValue)")
            }
            guard declared.accepts(shape: input.shape) else {
                throw .badRequest("input \(ServerCore.quoted(declared.name)) has shape \(input.shape); the model takes \(declared.shape) (-1: any size)")
            }
        }
        for name in request.requestedOutputs where !model.outputs.contains(where: { $0.name == name }) {
            throw .badRequest("model \(ServerCore.quoted(model.name)) has no output \(ServerCore.quoted(name))")
        }
    }
}
