import BaguiBundles
import BaguiJSON

/// The `triage-safety` plugin of `medical-triage`: red-flag phrase rules per language, vitals danger
/// zones, abstention towards escalation and the department lookup, run on every request after the
/// network. The network can make a result more urgent, never less (trust matrix F1–F8).
public struct TriageSafetyPlugin: BundlePlugin {
    public let name = "triage-safety"

    /// The notice every triage result carries.
    public static let notice = "Decision support only, not a diagnosis. If symptoms are severe or worsening, call emergency services."

    public init() {}

    public func attach(to model: any BundleModel, bundle: ModelBundle) throws -> any BundleModel {
        let name = bundle.manifest.name
        guard let output = bundle.manifest.outputs.first, output.type == "label", let labels = output.labels, labels.count == 5 else {
            throw BundleError.invalidManifest(bundle: name, reason: "triage-safety needs one label output with the five acuity levels, most urgent first")
        }
        guard let textInput = bundle.manifest.inputs.first(where: { $0.type == .text }) else {
            throw BundleError.invalidManifest(bundle: name, reason: "triage-safety needs a text input")
        }
        return TriageModel(
            base: model, rules: try RedFlagTable.load(from: bundle),
            departments: try DepartmentTable(data: bundle.read("departments.json"), bundle: name),
            levels: labels, textField: textInput.name, temperature: bundle.manifest.preprocessing.temperature ?? 1)
    }
}

/// `medical-triage` with its safety layer: what answers requests.
struct TriageModel: BundleModel {
    let base: any BundleModel
    let rules: RedFlagTable
    let departments: DepartmentTable
    /// Acuity labels, level 1 first.
    let levels: [String]
    let textField: String
    let temperature: Double

    var manifest: BundleManifest { base.manifest }

    func raw(_ input: BundleInput) throws -> [[Float]] { try base.raw(input) }

    func predict(_ input: BundleInput) throws -> JSONObject {
        let logits = try base.raw(input).first ?? []
        let probabilities = Calibration.probabilities(logits, temperature: temperature)
        guard probabilities.count == levels.count else {
            throw BundleError.goldenMismatch(bundle: manifest.name, reason: "the network gives \(probabilities.count) acuity logits for \(levels.count) levels")
        }
        let decision = TriageDecision.decide(
            probabilities: probabilities, text: input.texts[textField] ?? "", numbers: input.numbers,
            categories: input.categories, rules: rules, departments: departments)
        return Self.result(decision, probabilities: probabilities, levels: levels)
    }

    /// The result object, in the shape of `triage_safety.py`'s `decide`.
    static func result(_ decision: TriageDecision, probabilities: [Double], levels: [String]) -> JSONObject {
        var scores = JSONObject()
        for (label, p) in zip(levels, probabilities) { scores.insert(label, .finite(p)) }
        var result = JSONObject()
        result.insert("acuity", .string(levels[decision.level - 1]))
        result.insert("level", .integer(decision.level))
        result.insert("modelAcuity", .string(levels[decision.modelLevel - 1]))
        result.insert("confidence", .finite(decision.confidence))
        result.insert("scores", .object(scores))
        result.insert("escalate", .bool(decision.escalate))
        result.insert("redFlags", .array(decision.redFlags.map(JSONValue.string)))
        result.insert("vitalsFlags", .array(decision.vitalsFlags.map(JSONValue.string)))
        result.insert("reasons", .array(decision.reasons.map(JSONValue.string)))
        result.insert("department", .string(decision.department))
        result.insert("notice", .string(TriageSafetyPlugin.notice))
        return result
    }
}
