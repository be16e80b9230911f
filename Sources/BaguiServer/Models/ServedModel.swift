/// A model the server can serve over Open Inference Protocol v2. The model registry's bundles and the
/// industry model implement this; the server only validates requests against the metadata, runs
/// ``infer(_:)`` under the request limits (queue, deadline) and encodes the result.
///
/// ```swift
/// struct Echo: ServedModel {
///     let name = "echo", version = "1", platform = "bagui_echo"
///     let inputs = [TensorMetadata(name: "text", datatype: .bytes, shape: [-1])]
///     let outputs = [TensorMetadata(name: "text", datatype: .bytes, shape: [-1])]
///     var isReady: Bool { true }
///     func infer(_ request: InferenceRequest) async throws -> InferenceResponse {
///         InferenceResponse(modelName: name, modelVersion: version, id: request.id, outputs: request.inputs)
///     }
/// }
/// ```
public protocol ServedModel: Sendable {
    /// The name clients address (`/v2/models/{name}`); a path segment, so no `/`.
    var name: String { get }
    /// The version string (`/v2/models/{name}/versions/{version}`).
    var version: String { get }
    /// `<project>_<format>` as in OIP model metadata, e.g. `bagui_sentence_transformers`.
    var platform: String { get }
    /// Declared inputs; a request must send exactly these, with matching datatype and shape.
    var inputs: [TensorMetadata] { get }
    /// Declared outputs.
    var outputs: [TensorMetadata] { get }
    /// False while loading or after a failed load: `/ready` answers 503 and inference is refused.
    var isReady: Bool { get }

    /// Runs one request. The server has already checked input names, datatypes and shapes against
    /// ``inputs``. Throw ``ServerError/badRequest(_:)`` for content the model refuses; any other error
    /// becomes a 500 without details. Called concurrently; should return promptly when its task is
    /// cancelled (a request past its deadline is cancelled and its late result discarded).
    func infer(_ request: InferenceRequest) async throws -> InferenceResponse
}
