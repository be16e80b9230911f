import BaguiBundles
import BaguiDomains
import BaguiJSON
import BaguiModels
import BaguiRegistry
import Foundation

/// A composition checked against the registry: every expert exists and fits its role, every router
/// label has a route, every route can be reached, fallbacks end without a cycle, and every expert may
/// process data where this deployment runs. Experts are pinned to `name@version` here.
public struct IndustryPlan: Sendable {
    /// A checked route.
    public struct Route: Sendable {
        public let domain: String
        /// `name@version` of the text expert.
        public let textExpert: String?
        /// `name@version` of each structured expert.
        public let structuredExperts: [String]
        /// A domain or the out-of-scope label.
        public let fallback: String
        public let message: String?
    }

    /// The file as written.
    public let file: CompositionFile
    /// `name@version` of the router.
    public let router: String
    /// The router's labels, in logit order.
    public let routerLabels: [String]
    /// The router's output name (`route`).
    public let routerOutput: String
    /// Routes by domain.
    public let routes: [String: Route]
    /// `name@version` of the bundle whose red-flag table screens every text.
    public let safetyRules: String
    /// The scripts of `router.scripts`, when the file has a script gate.
    public let supportedScripts: ScriptSet?

    /// Reads and checks `url` against `registry`.
    public static func load(_ url: URL, registry: ModelRegistry) throws -> IndustryPlan {
        let name = url.lastPathComponent
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw CompositionError(file: name, reason: "the file is missing or unreadable")
        }
        guard data.count <= 1 << 20 else { throw CompositionError(file: name, reason: "the file is larger than 1 MB") }
        let file: CompositionFile
        do { file = try StrictJSON.decode(CompositionFile.self, from: data, limits: .init(maxDepth: 16)) }
        catch let error as DecodingError { throw CompositionError(file: name, reason: ModelDirectory.describe(error)) }
        catch { throw CompositionError(file: name, reason: "\(error)") }
        return try IndustryPlan(file: file, fileName: name, registry: registry)
    }

    /// Checks `file` against `registry`; `fileName` names it in errors.
    public init(file: CompositionFile, fileName: String, registry: ModelRegistry) throws {
        func fail(_ reason: String) -> CompositionError { CompositionError(file: fileName, reason: reason) }
        guard file.schema == "bagui.industry/1" else { throw fail("schema is \"\(file.schema)\", expected \"bagui.industry/1\"") }
        guard (0...1).contains(file.router.threshold) else { throw fail("router.threshold must lie in 0…1") }
        guard (0...1).contains(file.router.fanOutMargin) else { throw fail("router.fanOutMargin must lie in 0…1") }
        guard file.policies.maxTextCharacters > 0 else { throw fail("policies.maxTextCharacters must be positive") }
        if let gate = file.router.scripts {
            guard let scripts = ScriptSet(names: gate.supported) else {
                throw fail("router.scripts.supported must name one or more of \(ScriptSet.namePrefixes.keys.sorted().joined(separator: ", ")), not \(gate.supported)")
            }
            guard (0...1).contains(gate.minLetterShare) else { throw fail("router.scripts.minLetterShare must lie in 0…1") }
            supportedScripts = scripts
        } else {
            supportedScripts = nil
        }

        func expert(_ reference: String, role: String) throws -> RegistryEntry {
            let entry: RegistryEntry
            do { entry = try registry.entry(reference) } catch { throw fail("\(role) \"\(reference)\" is not an available expert: \(error)") }
            let regions = entry.manifest.policy.processingRegions
            guard regions.contains(file.policies.processingRegion) else {
                throw fail("\(role) \(entry.id) may process data only in \(regions.joined(separator: ", ")), not in \(file.policies.processingRegion) (policies.processingRegion)")
            }
            return entry
        }

        let routerEntry = try expert(file.router.expert, role: "router.expert")
        guard let labelOutput = routerEntry.manifest.outputs.first(where: { $0.type == "label" }), let labels = labelOutput.labels,
              routerEntry.manifest.inputs.contains(where: { $0.type == .text }) else {
            throw fail("router.expert \(routerEntry.id) must read text and give a label output")
        }
        guard labels.contains(file.router.outOfScope) else {
            throw fail("router.outOfScope \"\(file.router.outOfScope)\" is not a label of \(routerEntry.id) (labels: \(labels.joined(separator: ", ")))")
        }

        var routes: [String: Route] = [:]
        var structuredOwners: [String: String] = [:]
        for route in file.routes {
            guard routes[route.domain] == nil, route.domain != file.router.outOfScope else { throw fail("route \(route.domain) is listed twice or shadows the out-of-scope label") }
            var textExpert: String?
            if let reference = route.text {
                let entry = try expert(reference, role: "route \(route.domain) text expert")
                guard entry.manifest.inputs.contains(where: { $0.type == .text }) else { throw fail("route \(route.domain): text expert \(entry.id) has no text input") }
                textExpert = entry.id
            }
            var structured: [String] = []
            for reference in route.structured ?? [] {
                let entry = try expert(reference, role: "route \(route.domain) structured expert")
                if let owner = structuredOwners.updateValue(route.domain, forKey: entry.id) {
                    throw fail("structured expert \(entry.id) is listed by both route \(owner) and route \(route.domain)")
                }
                structured.append(entry.id)
            }
            if !labels.contains(route.domain) && structured.isEmpty {
                throw fail("route \(route.domain) is unreachable: it is not a label of \(routerEntry.id) and takes no structured payloads")
            }
            routes[route.domain] = Route(domain: route.domain, textExpert: textExpert, structuredExperts: structured,
                                         fallback: route.fallback ?? file.router.outOfScope, message: route.message)
        }
        for label in labels where label != file.router.outOfScope && routes[label] == nil {
            throw fail("router label \(label) has no route: text routed there would have nowhere to go")
        }
        for route in routes.values {
            guard route.fallback == file.router.outOfScope || routes[route.fallback] != nil else {
                throw fail("route \(route.domain) falls back to \(route.fallback), which is neither a route nor \(file.router.outOfScope)")
            }
            var path = [route.domain], next = route.fallback
            while next != file.router.outOfScope, let hop = routes[next] {
                guard !path.contains(next) else { throw fail("fallbacks form a cycle: \((path + [next]).joined(separator: " → "))") }
                path.append(next)
                next = hop.fallback
            }
        }
        let safety = try expert(file.policies.safetyRules, role: "policies.safetyRules")
        guard safety.manifest.files["red_flags.json"] != nil else { throw fail("policies.safetyRules \(safety.id) has no red_flags.json") }

        self.file = file
        router = routerEntry.id
        routerLabels = labels
        routerOutput = labelOutput.name
        self.routes = routes
        safetyRules = safety.id
    }
}
