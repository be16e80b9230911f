import BaguiBundles
import BaguiDomains
import BaguiJSON
import BaguiRegistry
import Foundation

/// Many small experts answering like one industry model. A question goes, in order, to the expert
/// it names (stage 1), the expert whose input schema its payload fits (stage 2), or, for free text,
/// to the domain the router picks and that domain's text expert (stage 3); below the router's
/// threshold, or for text mostly in scripts the experts do not read, the honest answer is "no expert
/// fits" (stage 4); two close domains both answer (stage 5).
/// Every free text passes the medical red-flag screen on every route.
///
/// ```swift
/// let industry = try IndustryModel.open(directories: [URL(fileURLWithPath: "Models")])
/// let answer = try await industry.ask(AskRequest(text: "Lá mía có vệt sọc trắng"))
/// print(answer.domain, answer.expert ?? "none", answer.escalate)
/// ```
public struct IndustryModel: Sendable {
    /// The checked composition.
    public let plan: IndustryPlan
    /// Where the experts come from.
    public let registry: ModelRegistry
    /// The red-flag layer.
    public let safety: SafetyScreen

    /// The composition file's name inside a models directory.
    public static let compositionFileName = "industry.json"

    /// Builds the industry model of `plan`, reading the safety rules now (so a missing or tampered
    /// rule table stops the start, not a request).
    public init(plan: IndustryPlan, registry: ModelRegistry) throws {
        let entry = try registry.entry(plan.safetyRules)
        self.plan = plan
        self.registry = registry
        safety = SafetyScreen(table: try RedFlagTable.load(from: entry.bundle))
    }

    /// Opens the registry over `directories` and the composition (by default `industry.json` in
    /// the first directory that has one).
    public static func open(
        directories: [URL], composition: URL? = nil, plugins: PluginCatalog = .builtIn,
        options: ModelRegistry.Options = .init()
    ) throws -> IndustryModel {
        let registry = ModelRegistry(directories: directories, plugins: plugins, options: options)
        let file = composition ?? compositionFile(in: directories)
            ?? directories.first?.appendingPathComponent(compositionFileName) ?? URL(fileURLWithPath: compositionFileName)
        return try IndustryModel(plan: IndustryPlan.load(file, registry: registry), registry: registry)
    }

    /// `industry.json` in the first of `directories` that has one.
    public static func compositionFile(in directories: [URL]) -> URL? {
        directories.map { $0.appendingPathComponent(compositionFileName) }.first { FileManager.default.fileExists(atPath: $0.path) }
    }

    /// Answers free text.
    public func ask(_ text: String) async throws -> AskResponse { try await ask(AskRequest(text: text)) }

    /// Answers `request`. Bad requests throw ``AskError``; nothing is guessed.
    public func ask(_ request: AskRequest) async throws -> AskResponse {
        // On the compute threads from the start, so the router's and the expert's passes run in place.
        try await withTaskExecutorPreference(registry.executor.taskExecutor) { try await answer(request) }
    }

    private func answer(_ request: AskRequest) async throws -> AskResponse {
        let clock = ContinuousClock(), start = clock.now
        var stopwatch = ExpertStopwatch()
        let policies = plan.file.policies
        if let text = request.text {
            guard !text.allSatisfy(\.isWhitespace) else { throw AskError.invalidRequest("the text is empty") }
            guard text.count <= policies.maxTextCharacters else {
                throw AskError.invalidRequest("the text has \(text.count) characters; at most \(policies.maxTextCharacters) are accepted")
            }
        } else if request.features == nil && request.series == nil {
            throw AskError.invalidRequest("a question needs text, features or series")
        }
        // The red-flag screen runs beside routing (a child task while the router computes).
        async let screened = request.text.map(safety.screen) ?? .init(rules: [], escalate: false)

        var outcome: Outcome
        if let reference = request.expert {
            outcome = try await explicitExpert(reference, request: request, stopwatch: &stopwatch)
        } else if let domain = request.domain {
            outcome = try await explicitDomain(domain, request: request, stopwatch: &stopwatch)
        } else if request.series != nil || (request.features != nil && request.text == nil) {
            outcome = try await structured(request, stopwatch: &stopwatch)
        } else {
            outcome = try await routed(request, stopwatch: &stopwatch)
        }

        let finding = await screened
        if finding.escalate && outcome.answers.first?.domain != "medical" {
            outcome.reason += " Red flags fired on the text (\(finding.rules.joined(separator: ", "))): treat it as a possible emergency."
        }
        let primary = outcome.answers.first
        let expertEscalated = outcome.answers.contains { $0.result["escalate"]?.bool == true }
        let total = clock.now - start
        return AskResponse(
            domain: primary?.domain ?? plan.file.router.outOfScope,
            expert: primary?.expert,
            confidence: primary?.confidence ?? outcome.outOfScopeConfidence,
            result: primary?.result,
            escalate: finding.escalate || expertEscalated,
            alternatives: Array(outcome.answers.dropFirst()),
            explanation: .init(stage: outcome.stage, routeScores: outcome.scores, threshold: outcome.scores.isEmpty ? nil : plan.file.router.threshold,
                               rulesFired: finding.rules, reason: outcome.reason, ignoredFeatures: outcome.ignored),
            disclaimer: policies.disclaimer,
            timings: .init(routingMs: (total - stopwatch.elapsed - stopwatch.loading).milliseconds, expertMs: stopwatch.elapsed.milliseconds,
                           loadingMs: stopwatch.loading.milliseconds, totalMs: total.milliseconds))
    }

    // MARK: - Stages

    /// What a stage decided, before the response is assembled.
    private struct Outcome {
        var stage: String
        var answers: [AskResponse.Answer]
        var scores: [(String, Double)] = []
        var reason: String
        var ignored: [String] = []
        var outOfScopeConfidence: Double = 1
    }

    /// Stage 1: the request names its expert.
    private func explicitExpert(_ reference: String, request: AskRequest, stopwatch: inout ExpertStopwatch) async throws -> Outcome {
        let entry: RegistryEntry
        do { entry = try registry.entry(reference) } catch { throw AskError.invalidRequest("\(error)") }
        guard let domain = domain(of: entry.id) else {
            throw AskError.invalidRequest("expert \(entry.id) is not part of the industry model \(plan.file.name)")
        }
        let (input, ignored) = try expertInput(for: entry.manifest, request: request)
        let result = try await run(entry.id, input, stopwatch: &stopwatch)
        return Outcome(stage: "explicit", answers: [.init(domain: domain, expert: entry.id, confidence: 1, result: result)],
                       reason: "the request names the expert \(entry.id)", ignored: ignored)
    }

    /// Stage 1: the request names its domain.
    private func explicitDomain(_ domain: String, request: AskRequest, stopwatch: inout ExpertStopwatch) async throws -> Outcome {
        guard let route = plan.routes[domain] else {
            throw AskError.invalidRequest("\"\(domain)\" is not a domain of \(plan.file.name) (domains: \(plan.routes.keys.sorted().joined(separator: ", ")))")
        }
        if request.text != nil, request.series == nil {
            var outcome = try await answerText(route: route, confidence: 1, request: request, stopwatch: &stopwatch)
            outcome.stage = "explicit"
            outcome.reason = "the request names the domain \(domain); " + outcome.reason
            return outcome
        }
        var outcome = try await structured(request, among: route.structuredExperts, stopwatch: &stopwatch)
        outcome.stage = "explicit"
        outcome.reason = "the request names the domain \(domain); " + outcome.reason
        return outcome
    }

    /// Stage 2: a structured payload, to the expert whose schema it fits.
    private func structured(_ request: AskRequest, among experts: [String]? = nil, stopwatch: inout ExpertStopwatch) async throws -> Outcome {
        let ids = experts ?? plan.routes.values.sorted { $0.domain < $1.domain }.flatMap(\.structuredExperts)
        let candidates = try ids.map { id in (id: id, manifest: try registry.entry(id).manifest) }
        let (fits, misses) = SchemaMatch.match(features: request.features, series: request.series, candidates: candidates)
        guard let fit = fits.first else { throw AskError.noSchemaFits(misses.joined(separator: "; ")) }
        guard fits.count == 1 else {
            throw AskError.invalidRequest("the payload fits several experts (\(fits.map(\.id).joined(separator: ", "))); name one with expert")
        }
        let result = try await run(fit.id, fit.input, stopwatch: &stopwatch)
        return Outcome(stage: "schema", answers: [.init(domain: domain(of: fit.id) ?? "", expert: fit.id, confidence: 1, result: result)],
                       reason: "the payload fits the inputs of \(fit.id)")
    }

    /// Stages 3–5: free text through the router.
    private func routed(_ request: AskRequest, stopwatch: inout ExpertStopwatch) async throws -> Outcome {
        let text = request.text ?? ""
        let router = try await loaded(plan.router, stopwatch: &stopwatch)
        let question = JSONValue.object(Self.object([(routerTextField, .string(text))]))
        let routed = try await registry.executor.compute { try router.predict(question) }
        let reported = routed["scores"]?.object
        let scores = plan.routerLabels.map { ($0, reported?[$0]?.double ?? 0) }
        if let scripts = plan.supportedScripts, let gate = plan.file.router.scripts,
           let (reason, confidence) = TextRouting.unreadableScript(text, scripts: scripts, minLetterShare: gate.minLetterShare) {
            return Outcome(stage: "script", answers: [], scores: scores, reason: "no expert fits: \(reason)", outOfScopeConfidence: confidence)
        }
        switch TextRouting.decide(scores: scores, outOfScope: plan.file.router.outOfScope, threshold: plan.file.router.threshold,
                                  fanOutMargin: plan.file.router.fanOutMargin) {
        case let .outOfScope(reason, confidence):
            return Outcome(stage: "out-of-scope", answers: [], scores: scores, reason: "no expert fits: \(reason)", outOfScopeConfidence: confidence)
        case let .single(domain, p):
            guard let route = plan.routes[domain] else { throw AskError.invalidRequest("router label \(domain) has no route") }
            var outcome = try await answerText(route: route, confidence: p, request: request, stopwatch: &stopwatch)
            outcome.scores = scores
            return outcome
        case let .fanOut(domains):
            var answers: [AskResponse.Answer] = [], ignored: [String] = []
            for (domain, p) in domains {
                guard let route = plan.routes[domain] else { continue }
                let outcome = try await answerText(route: route, confidence: p, request: request, stopwatch: &stopwatch)
                answers += outcome.answers
                ignored += outcome.ignored.filter { !ignored.contains($0) }
            }
            let names = domains.map { "\($0.0) (\(String(format: "%.2f", $0.1)))" }.joined(separator: " and ")
            return Outcome(stage: "fan-out", answers: answers, scores: scores,
                           reason: "\(names) are within \(plan.file.router.fanOutMargin) of each other: both experts answer, ranked", ignored: ignored)
        }
    }

    /// The text expert of `route` answers, or its fallback when it cannot load.
    private func answerText(route: IndustryPlan.Route, confidence: Double, request: AskRequest, stopwatch: inout ExpertStopwatch) async throws -> Outcome {
        var route = route, unavailable: [String] = []
        while true {
            guard let expert = route.textExpert else {
                let message = route.message ?? "the \(route.domain) domain has no expert for free text"
                return Outcome(stage: "router", answers: [.init(domain: route.domain, expert: nil, confidence: confidence, result: Self.object([("message", .string(message))]))],
                               reason: "the router chose \(route.domain), which answers free text with a message only")
            }
            do {
                let manifest = try registry.entry(expert).manifest
                let (input, ignored) = try expertInput(for: manifest, request: request)
                let result = try await run(expert, input, stopwatch: &stopwatch)
                let via = unavailable.isEmpty ? "" : " after \(unavailable.joined(separator: ", ")) could not answer"
                return Outcome(stage: unavailable.isEmpty ? "router" : "fallback",
                               answers: [.init(domain: route.domain, expert: expert, confidence: confidence, result: result)],
                               reason: "the router chose \(route.domain) (\(String(format: "%.2f", confidence))); its text expert is \(expert)\(via)", ignored: ignored)
            } catch AskError.expertUnavailable(let name, let reason) {
                unavailable.append("\(name) (\(reason))")
                guard let next = plan.routes[route.fallback] else {
                    return Outcome(stage: "fallback", answers: [], reason: "no expert fits: \(unavailable.joined(separator: "; ")) could not answer and route \(route.domain) falls back to \(route.fallback)", outOfScopeConfidence: 0)
                }
                route = next
            }
        }
    }

    // MARK: - Experts

    private var routerTextField: String {
        (try? registry.entry(plan.router).manifest.inputs.first { $0.type == .text }?.name) ?? "text"
    }

    /// The route domain an expert serves.
    private func domain(of id: String) -> String? {
        if id == plan.router { return plan.file.router.outOfScope }
        return plan.routes.values.first { $0.textExpert == id || $0.structuredExperts.contains(id) }?.domain
    }

    /// The request as the input of `manifest`'s expert: the text in its text field, the features
    /// it declares, the language if it takes one, the series under its series field.
    private func expertInput(for manifest: BundleManifest, request: AskRequest) throws -> (BundleInput, ignored: [String]) {
        let names = Set(manifest.inputs.map(\.name))
        var members: [(String, JSONValue)] = [], ignored: [String] = []
        if let text = request.text {
            guard let field = manifest.inputs.first(where: { $0.type == .text })?.name else {
                throw AskError.invalidRequest("expert \(manifest.id) does not read text; send features or series")
            }
            members.append((field, .string(text)))
        }
        for (key, value) in request.features?.members ?? [] {
            if names.contains(key) { members.append((key, value)) } else { ignored.append(key) }
        }
        if let language = request.language, let spec = manifest.inputs.first(where: { $0.name == "language" }), spec.values?.contains(language) == true {
            members.append(("language", .string(language)))
        }
        if let series = request.series {
            guard let field = manifest.inputs.first(where: { $0.type == .series })?.name else {
                throw AskError.invalidRequest("expert \(manifest.id) does not take a series")
            }
            members.append((field, series))
        }
        do { return (try BundleInput.parse(.object(Self.object(members)), specs: manifest.inputs), ignored) }
        catch { throw AskError.invalidRequest("for expert \(manifest.id): \(error)") }
    }

    /// The loaded expert `id`, or ``AskError/expertUnavailable(expert:reason:)``.
    private func loaded(_ id: String, stopwatch: inout ExpertStopwatch) async throws -> any BundleModel {
        let clock = ContinuousClock(), start = clock.now
        defer { stopwatch.loading += clock.now - start }
        do { return try await registry.model(id) } catch { throw AskError.expertUnavailable(expert: id, reason: "\(error)") }
    }

    /// Runs expert `id` on a checked input, timing it.
    private func run(_ id: String, _ input: BundleInput, stopwatch: inout ExpertStopwatch) async throws -> JSONObject {
        let model = try await loaded(id, stopwatch: &stopwatch)
        let clock = ContinuousClock(), start = clock.now
        defer { stopwatch.elapsed += clock.now - start }
        do { return try await registry.executor.compute { try model.predict(input) } } catch let error as BundleError {
            throw AskError.invalidRequest("for expert \(id): \(error)")
        }
    }

    private static func object(_ members: [(String, JSONValue)]) -> JSONObject {
        var object = JSONObject()
        for (key, value) in members { object.insert(key, value) }
        return object
    }
}

/// Time spent inside experts' forward passes and in loading bundles, as opposed to routing.
struct ExpertStopwatch {
    /// Experts' forward passes (the router's counts as routing).
    var elapsed: Duration = .zero
    /// First-use loads (verification, weights, golden self-check) of any bundle, router included.
    var loading: Duration = .zero
}

extension Duration {
    /// The duration in milliseconds.
    var milliseconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) * 1000 + Double(attoseconds) / 1e15
    }
}
