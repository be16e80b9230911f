import BaguiBundles
import BaguiJSON
import Foundation

/// The `cane-advice` plugin of `sugarcane-disease`: after the network names the problem, adds the
/// field advice for it from `advice.json` (schema `bagui.advice/1`) in the grower's language.
public struct CaneAdvicePlugin: BundlePlugin {
    public let name = "cane-advice"

    public init() {}

    public func attach(to model: any BundleModel, bundle: ModelBundle) throws -> any BundleModel {
        let name = bundle.manifest.name
        guard let output = bundle.manifest.outputs.first(where: { $0.type == "label" }), let labels = output.labels else {
            throw BundleError.invalidManifest(bundle: name, reason: "cane-advice needs a label output")
        }
        let table = try AdviceTable(data: bundle.read("advice.json"), bundle: name)
        if let missing = labels.first(where: { table.advice[$0]?[table.fallbackLanguage] == nil }) {
            throw BundleError.invalidPluginData(bundle: name, file: "advice.json", reason: "has no \(table.fallbackLanguage) advice for the label \(missing)")
        }
        return AdvisedModel(base: model, table: table, labelOutput: output.name)
    }
}

/// `advice.json`: label → language → advice, and a disclaimer per language.
struct AdviceTable: Sendable, Decodable {
    let schema: String
    let fallbackLanguage: String
    let disclaimer: [String: String]
    let advice: [String: [String: String]]

    init(data: Data, bundle: String) throws {
        func invalid(_ reason: String) -> BundleError { .invalidPluginData(bundle: bundle, file: "advice.json", reason: reason) }
        self = try ModelBundle.decodePluginData(AdviceTable.self, from: data, bundle: bundle, file: "advice.json", maxDepth: 8)
        guard schema == "bagui.advice/1" else { throw invalid("schema is \"\(schema)\", expected \"bagui.advice/1\"") }
    }
}

/// `sugarcane-disease` with its advice.
struct AdvisedModel: BundleModel {
    let base: any BundleModel
    let table: AdviceTable
    let labelOutput: String

    var manifest: BundleManifest { base.manifest }

    func raw(_ input: BundleInput) throws -> [[Float]] { try base.raw(input) }

    func predict(_ input: BundleInput) throws -> JSONObject {
        var result = try base.predict(input)
        let requested = input.categories["language"] ?? table.fallbackLanguage
        if let label = result[labelOutput]?.string, let byLanguage = table.advice[label] {
            let language = byLanguage[requested] == nil ? table.fallbackLanguage : requested
            result.insert("advice", .string(byLanguage[language] ?? ""))
            result.insert("adviceLanguage", .string(language))
            result.insert("disclaimer", .string(table.disclaimer[language] ?? table.disclaimer[table.fallbackLanguage] ?? ""))
        }
        return result
    }
}
