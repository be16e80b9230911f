import BaguiJSON
import Foundation

/// Turns a network's raw outputs (one array per head, in manifest output order) into the result
/// a person reads: regression values de-standardised, logits calibrated into probabilities.
struct OutputDecoder: Sendable {
    let outputs: [OutputSpec]
    let preprocessing: Preprocessing

    /// The result object: `{name: value}` per number output; for a label output, `{name: label,
    /// "confidence": p, "scores": {label: p}}` with `p = softmax(logits / temperature)`.
    func decode(_ raw: [[Float]]) throws(BundleError) -> JSONObject {
        guard raw.count == outputs.count else {
            throw .goldenMismatch(bundle: "(model)", reason: "the network has \(raw.count) heads but the manifest \(outputs.count) outputs")
        }
        var result = JSONObject()
        for (output, values) in zip(outputs, raw) {
            switch output.type {
            case "label":
                let labels = output.labels ?? []
                let probabilities = Calibration.probabilities(values, temperature: preprocessing.temperature ?? 1)
                guard probabilities.count == labels.count, let best = probabilities.indices.max(by: { probabilities[$0] < probabilities[$1] }) else {
                    throw .goldenMismatch(bundle: "(model)", reason: "output \(output.name) has \(values.count) logits for \(labels.count) labels")
                }
                result.insert(output.name, .string(labels[best]))
                result.insert("confidence", Self.number(probabilities[best]))
                var scores = JSONObject()
                for (label, p) in zip(labels, probabilities) { scores.insert(label, Self.number(p)) }
                result.insert("scores", .object(scores))
            case "boolean":
                result.insert(output.name, .bool((values.first ?? 0) > 0))
            default:
                let mean = preprocessing.targetMean?[output.name] ?? 0, std = preprocessing.targetStd?[output.name] ?? 1
                result.insert(output.name, Self.number(Double(values.first ?? .nan) * std + mean))
            }
        }
        return result
    }

    /// A finite number as JSON, anything else as null.
    static func number(_ value: Double) -> JSONValue {
        .number(value.isFinite ? String(value) : "null")
    }
}
