import Bagui
import Foundation

/// A registry bundle over Open Inference Protocol v2, with the tensor conventions of
/// `Models/README.md`: text models take BYTES `text` `[N]`; tabular models FP32 `features`
/// `[N, F]` with one column per manifest input, in manifest order (a category as the 0-based index
/// of its value); series models FP32 `series` `[N, T, C]`. A model with one label output returns
/// BYTES `label` `[N]` and FP32 `scores` `[N, classes]`; otherwise each number output is FP32
/// `<name>` `[N]` and each label output BYTES `<name>` plus FP32 `<name>_scores`. Every model also
/// returns BYTES `result` `[N]`: each row's whole JSON result (plugin fields included).
///
/// The bundle loads from the registry on its first request; rows are checked against the manifest
/// exactly as `bagui predict` checks them, and a bad row is a 400 naming its index and field.
public struct BundleServedModel: ServedModel {
    public let name: String
    public let version: String
    public let platform = "bagui_bundle"
    public let inputs: [TensorMetadata]
    public let outputs: [TensorMetadata]
    public var isReady: Bool { !refused.withLock { $0 } }

    private let entry: RegistryEntry
    private let registry: ModelRegistry
    private let pool: WorkerPool
    private let kind: Kind
    private let labelOutputs: [(spec: OutputSpec, tensor: String, scores: String)]
    private let refused = Locked(false)

    private enum Kind { case text(String), tabular, series(name: String, length: Int, channels: Int) }

    /// Serves `entry` of `registry`, running forward passes on `pool`.
    public init(entry: RegistryEntry, registry: ModelRegistry, pool: WorkerPool) {
        let manifest = entry.manifest
        self.entry = entry
        self.registry = registry
        self.pool = pool
        name = manifest.name
        version = manifest.version
        if let text = manifest.inputs.first(where: { $0.type == .text }) {
            kind = .text(text.name)
            inputs = [TensorMetadata(name: "text", datatype: .bytes, shape: [-1])]
        } else if let series = manifest.inputs.first(where: { $0.type == .series }) {
            let length = series.length ?? 0, channels = series.channels?.count ?? 0
            kind = .series(name: series.name, length: length, channels: channels)
            inputs = [TensorMetadata(name: "series", datatype: .fp32, shape: [-1, length, channels])]
        } else {
            kind = .tabular
            inputs = [TensorMetadata(name: "features", datatype: .fp32, shape: [-1, manifest.inputs.count])]
        }
        let single = manifest.outputs.count == 1 && manifest.outputs[0].type == "label"
        var outputs: [TensorMetadata] = [], labels: [(OutputSpec, String, String)] = []
        for output in manifest.outputs {
            switch output.type {
            case "label":
                let tensor = single ? "label" : output.name, scores = single ? "scores" : "\(output.name)_scores"
                labels.append((output, tensor, scores))
                outputs.append(TensorMetadata(name: tensor, datatype: .bytes, shape: [-1]))
                outputs.append(TensorMetadata(name: scores, datatype: .fp32, shape: [-1, output.labels?.count ?? 0]))
            case "boolean": outputs.append(TensorMetadata(name: output.name, datatype: .bool, shape: [-1]))
            default: outputs.append(TensorMetadata(name: output.name, datatype: .fp32, shape: [-1]))
            }
        }
        outputs.append(TensorMetadata(name: "result", datatype: .bytes, shape: [-1]))
        self.outputs = outputs
        labelOutputs = labels
    }

    public func infer(_ request: InferenceRequest) async throws -> InferenceResponse {
        let rows = try requestRows(request)
        let model: any BundleModel
        do { model = try await registry.model(entry.id) } catch {
            refused.withLock { $0 = true }
            throw ServerError.unavailable("model \(ServerCore.quoted(name)) cannot be loaded")
        }
        let specs = entry.manifest.inputs
        let timings = [RequestTiming.current].compactMap { $0 }
        let results: [JSONObject] = try await pool.run(timings: timings) {
            try rows.enumerated().map { index, row in
                do { return try model.predict(BundleInput.parse(.object(row), specs: specs)) } catch let error as BundleError {
                    throw ServerError.badRequest("row \(index): \(error)")
                }
            }
        }
        return InferenceResponse(modelName: name, modelVersion: version, id: request.id, outputs: tensors(results))
    }

    /// The request's rows as input objects of the manifest.
    private func requestRows(_ request: InferenceRequest) throws -> [JSONObject] {
        let specs = entry.manifest.inputs
        switch kind {
        case .text(let field):
            guard let tensor = request.input(named: "text"), case .bytes(let texts) = tensor.data else {
                throw ServerError.badRequest("input \"text\" must be a BYTES tensor")
            }
            return texts.map { Self.object([(field, .string($0))]) }
        case .series(let field, let length, let channels):
            let values = try floats(request, "series")
            let rowSize = max(1, length * channels)
            return stride(from: 0, to: values.count, by: rowSize).map { start in
                let steps = (0..<length).map { t in
                    JSONValue.array((0..<channels).map { c in .finite(Double(values[start + t * channels + c])) })
                }
                return Self.object([(field, .array(steps))])
            }
        case .tabular:
            let values = try floats(request, "features")
            return try stride(from: 0, to: values.count, by: max(1, specs.count)).enumerated().map { row, start in
                try Self.object(specs.enumerated().map { column, spec in
                    let value = Double(values[start + column])
                    guard spec.type == .category else { return (spec.name, JSONValue.finite(value)) }
                    let choices = spec.values ?? []
                    guard value.rounded() == value, let index = Int(exactly: value), choices.indices.contains(index) else {
                        throw ServerError.badRequest("row \(row): column \(column) (\(spec.name)) is a category: send the index 0…\(choices.count - 1) of \(choices.joined(separator: ", "))")
                    }
                    return (spec.name, .string(choices[index]))
                })
            }
        }
    }

    private func floats(_ request: InferenceRequest, _ name: String) throws -> [Float] {
        guard let tensor = request.input(named: name), case .fp32(let values) = tensor.data else {
            throw ServerError.badRequest("input \(ServerCore.quoted(name)) must be an FP32 tensor")
        }
        return values
    }

    /// The response tensors, in the order of ``outputs``.
    private func tensors(_ results: [JSONObject]) -> [InferenceTensor] {
        let n = results.count
        var tensors: [InferenceTensor] = []
        for output in entry.manifest.outputs {
            switch output.type {
            case "label":
                guard let names = labelOutputs.first(where: { $0.spec.name == output.name }) else { continue }
                let labels = output.labels ?? []
                tensors.append(InferenceTensor(name: names.tensor, datatype: .bytes, shape: [n], data: .bytes(results.map { $0[output.name]?.string ?? "" })))
                let scores = results.flatMap { result in labels.map { Float(result["scores"]?[$0]?.double ?? .nan) } }
                tensors.append(InferenceTensor(name: names.scores, datatype: .fp32, shape: [n, labels.count], data: .fp32(scores)))
            case "boolean":
                tensors.append(InferenceTensor(name: output.name, datatype: .bool, shape: [n], data: .bool(results.map { $0[output.name]?.bool ?? false })))
            default:
                tensors.append(InferenceTensor(name: output.name, datatype: .fp32, shape: [n], data: .fp32(results.map { Float($0[output.name]?.double ?? .nan) })))
            }
        }
        let texts = results.map { result -> String in
            var writer = JSONWriter()
            writer.value(.object(result))
            return String(decoding: writer.bytes, as: UTF8.self)
        }
        tensors.append(InferenceTensor(name: "result", datatype: .bytes, shape: [n], data: .bytes(texts)))
        return tensors
    }

    static func object(_ members: [(String, JSONValue)]) -> JSONObject {
        var object = JSONObject()
        for (key, value) in members { object.insert(key, value) }
        return object
    }
}
