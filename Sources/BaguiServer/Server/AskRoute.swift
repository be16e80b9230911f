import BaguiJSON

/// `POST /v1/ask`, answered by a handler the industry model supplies: it receives the request
/// body as parsed JSON and returns the response body. Throw ``ServerError/badRequest(_:)`` for
/// requests it refuses. Runs under the same queue and deadline as inference.
public struct AskRoute: Sendable {
    /// The served model behind the route, for metrics and scheduling (e.g. `industry`).
    public var modelName: String
    public var handler: @Sendable (JSONValue) async throws -> JSONValue

    public init(modelName: String, handler: @escaping @Sendable (JSONValue) async throws -> JSONValue) {
        self.modelName = modelName
        self.handler = handler
    }
}
