import Bagui

/// The industry model over Open Inference Protocol v2, as the model `industry`: BYTES `text` `[N]`
/// in; BYTES `domain` and `expert` (empty when none fits), FP32 `confidence`, BOOL `escalate` and
/// BYTES `response` (each row's whole `/v1/ask` response as JSON) out, each `[N]`.
public struct IndustryServedModel: ServedModel {
    public let name: String
    public let version: String
    public let platform = "bagui_industry"
    public let inputs = [TensorMetadata(name: "text", datatype: .bytes, shape: [-1])]
    public let outputs = [
        TensorMetadata(name: "domain", datatype: .bytes, shape: [-1]), TensorMetadata(name: "expert", datatype: .bytes, shape: [-1]),
        TensorMetadata(name: "confidence", datatype: .fp32, shape: [-1]), TensorMetadata(name: "escalate", datatype: .bool, shape: [-1]),
        TensorMetadata(name: "response", datatype: .bytes, shape: [-1]),
    ]
    public var isReady: Bool { true }

    /// The composed model.
    public let industry: IndustryModel

    public init(industry: IndustryModel) {
        self.industry = industry
        name = industry.plan.file.name
        version = industry.plan.file.version
    }

    public func infer(_ request: InferenceRequest) async throws -> InferenceResponse {
        guard let tensor = request.input(named: "text"), case .bytes(let texts) = tensor.data else {
            throw ServerError.badRequest("input \"text\" must be a BYTES tensor")
        }
        var responses: [AskResponse] = []
        for (index, text) in texts.enumerated() {
            do { responses.append(try await industry.ask(AskRequest(text: text))) } catch let error as AskError {
                throw Self.serverError(error, row: index)
            }
        }
        let n = responses.count
        let documents = responses.map { response -> String in
            var writer = JSONWriter()
            writer.value(.object(response.json))
            return String(decoding: writer.bytes, as: UTF8.self)
        }
        return InferenceResponse(modelName: name, modelVersion: version, id: request.id, outputs: [
            InferenceTensor(name: "domain", datatype: .bytes, shape: [n], data: .bytes(responses.map(\.domain))),
            InferenceTensor(name: "expert", datatype: .bytes, shape: [n], data: .bytes(responses.map { $0.expert ?? "" })),
            InferenceTensor(name: "confidence", datatype: .fp32, shape: [n], data: .fp32(responses.map { Float($0.confidence) })),
            InferenceTensor(name: "escalate", datatype: .bool, shape: [n], data: .bool(responses.map(\.escalate))),
            InferenceTensor(name: "response", datatype: .bytes, shape: [n], data: .bytes(documents)),
        ])
    }

    /// The `/v1/ask` route over the same model.
    public var askRoute: AskRoute {
        let industry = industry
        return AskRoute(modelName: name) { body in
            let request: AskRequest
            do { request = try AskRequest(json: body) } catch let error as AskError { throw Self.serverError(error, row: nil) }
            do { return .object(try await industry.ask(request).json) } catch let error as AskError { throw Self.serverError(error, row: nil) }
        }
    }

    /// 400 for requests the model refuses, 503 when the expert cannot be loaded; the message never
    /// carries a path (the registry's reasons do, so they stay in the server log).
    static func serverError(_ error: AskError, row: Int?) -> ServerError {
        let prefix = row.map { "row \($0): " } ?? ""
        switch error {
        case .invalidRequest, .noSchemaFits: return .badRequest(prefix + error.description)
        case .expertUnavailable(let expert, _): return .unavailable(prefix + "expert \(expert) cannot answer now")
        }
    }
}
