import ArgumentParser
import Bagui
import Foundation

/// Where the registry looks for bundles: `--models DIR` (repeatable), else `BAGUI_MODELS`
/// (colon-separated), else `Models` in the working directory.
struct RegistryOptions: ParsableArguments {
    @Option(name: .long, help: "A models directory (repeatable). Default: $BAGUI_MODELS (colon-separated), else ./Models.")
    var models: [String] = []

    @Option(name: .long, help: "Megabytes of bundle files kept loaded; least recently used bundles are evicted beyond it.")
    var memoryBudget = 1024

    func validate() throws {
        guard memoryBudget >= 1 else { throw ValidationError("--memory-budget must be at least 1 (MB)") }
    }

    /// The directories, resolved.
    var directories: [URL] {
        let given = models.isEmpty
            ? (ProcessInfo.processInfo.environment["BAGUI_MODELS"]?.split(separator: ":").map(String.init) ?? ["Models"])
            : models
        return given.map { URL(fileURLWithPath: $0) }
    }

    var registryOptions: ModelRegistry.Options { .init(memoryBudgetBytes: memoryBudget << 20) }

    /// The registry over ``directories`` with Bagui's own plugins.
    func registry() throws -> ModelRegistry {
        let missing = directories.filter { !FileManager.default.fileExists(atPath: $0.path) }
        if let first = missing.first { throw ValidationError("the models directory \(first.path) does not exist") }
        return ModelRegistry(directories: directories, plugins: .builtIn, options: registryOptions)
    }

    /// The industry model composed in the first directory's `industry.json`.
    func industry() throws -> IndustryModel {
        let registry = try registry()
        return try IndustryModel(plan: compositionPlan(registry), registry: registry)
    }

    /// The checked composition over `registry`.
    func compositionPlan(_ registry: ModelRegistry) throws -> IndustryPlan {
        guard let file = IndustryModel.compositionFile(in: directories) else {
            throw ValidationError("no \(IndustryModel.compositionFileName) in \(directories.map(\.path).joined(separator: ", ")): the industry model is not composed")
        }
        return try IndustryPlan.load(file, registry: registry)
    }
}
