import Bagui
import Foundation

/// The `starch-grade` plugin of the example bundle `cassava-starch`: after the network estimates the
/// starch content, grades it on the buyer's scale in the bundle's `grades.json`.
///
/// ```swift
/// let plugins = try PluginCatalog.builtIn.adding(StarchGradePlugin())
/// let registry = ModelRegistry(directories: [bagui, mine], plugins: plugins)
/// ```
public struct StarchGradePlugin: BundlePlugin {
    public let name = "starch-grade"

    public init() {}

    public func attach(to model: any BundleModel, bundle: ModelBundle) throws -> any BundleModel {
        let scale = try GradeScale(data: bundle.read("grades.json"), bundle: bundle.manifest.name)
        return GradedModel(base: model, scale: scale)
    }
}

/// `grades.json`: grades from the best down, each with its lowest starch percentage.
struct GradeScale: Sendable, Decodable {
    struct Grade: Sendable, Decodable {
        let grade: String
        let minStarchPercent: Double
    }
    let schema: String
    let grades: [Grade]

    init(data: Data, bundle: String) throws {
        self = try ModelBundle.decodePluginData(GradeScale.self, from: data, bundle: bundle, file: "grades.json")
        guard schema == "example.starch-grades/1", !grades.isEmpty else {
            throw BundleError.invalidPluginData(bundle: bundle, file: "grades.json", reason: "expected schema example.starch-grades/1 with at least one grade")
        }
    }

    func grade(for percent: Double) -> String {
        grades.first { percent >= $0.minStarchPercent }?.grade ?? grades[grades.count - 1].grade
    }
}

/// The network plus its grade.
struct GradedModel: BundleModel {
    let base: any BundleModel
    let scale: GradeScale

    var manifest: BundleManifest { base.manifest }

    func raw(_ input: BundleInput) throws -> [[Float]] { try base.raw(input) }

    func predict(_ input: BundleInput) throws -> JSONObject {
        var result = try base.predict(input)
        if let percent = result["starch_percent"]?.double { result.insert("grade", .string(scale.grade(for: percent))) }
        return result
    }
}
