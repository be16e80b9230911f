/// Checks a decoded manifest makes sense before anything is loaded: the schema says what must be
/// present, this says what must be true (ranges ordered, features traceable to inputs, sizes agree).
enum ManifestValidator {
    static let tasks: Set = ["regression", "classification", "multitask"]
    static let outputTypes: Set = ["number", "label", "boolean"]

    /// Throws ``BundleError/invalidManifest(bundle:reason:)`` with the first problem found.
    static func validate(_ m: BundleManifest, bundle: String) throws(BundleError) {
        func fail(_ reason: String) -> BundleError { .invalidManifest(bundle: bundle, reason: reason) }
        guard m.schema == "bagui.bundle/1" else { throw fail("schema is \"\(m.schema)\", expected \"bagui.bundle/1\"") }
        guard !m.name.isEmpty, m.name.utf8.allSatisfy({ (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D }) else {
            throw fail("name \"\(m.name)\" must be lowercase letters, digits and hyphens")
        }
        let parts = m.version.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && UInt($0) != nil }) else {
            throw fail("version \"\(m.version)\" is not MAJOR.MINOR.PATCH")
        }
        guard tasks.contains(m.task) else { throw fail("task \"\(m.task)\" is not one of \(tasks.sorted())") }
        guard !m.inputs.isEmpty else { throw fail("no inputs are declared") }
        guard Set(m.inputs.map(\.name)).count == m.inputs.count else { throw fail("two inputs share a name") }
        for input in m.inputs { try validate(input, fail: fail) }
        guard !m.outputs.isEmpty, Set(m.outputs.map(\.name)).count == m.outputs.count else { throw fail("outputs must be non-empty with unique names") }
        for output in m.outputs {
            guard outputTypes.contains(output.type) else { throw fail("output \(output.name) has unknown type \"\(output.type)\"") }
            if output.type == "label" {
                guard let labels = output.labels, !labels.isEmpty, Set(labels).count == labels.count else {
                    throw fail("label output \(output.name) needs a non-empty list of distinct labels")
                }
            }
        }
        try validate(m.preprocessing, inputs: m.inputs, fail: fail)
        for (file, hash) in m.files {
            guard isBareFileName(file) else { throw fail("file name \"\(file)\" must be a plain name inside the bundle") }
            guard hash.count == 64, hash.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }) else {
                throw fail("the SHA-256 of \(file) must be 64 lowercase hex digits")
            }
        }
        for required in ["config.json", "model.safetensors"] where m.files[required] == nil {
            throw fail("files must list \(required) with its SHA-256")
        }
        if m.inputs.contains(where: { $0.type == .text }), m.files["tokenizer.json"] == nil {
            throw fail("a text model must list tokenizer.json")
        }
    }

    private static func validate(_ input: InputSpec, fail: (String) -> BundleError) throws(BundleError) {
        switch input.type {
        case .number, .integer:
            guard let range = input.range, isRange(range) else { throw fail("input \(input.name) needs a finite [min, max] range") }
        case .category:
            guard let values = input.values, !values.isEmpty, Set(values).count == values.count else {
                throw fail("category input \(input.name) needs a non-empty list of distinct values")
            }
        case .series:
            guard let length = input.length, length > 0, length <= 1 << 16 else { throw fail("series input \(input.name) needs a length between 1 and 65536") }
            guard let channels = input.channels, !channels.isEmpty, channels.allSatisfy({ isRange($0.range) }) else {
                throw fail("series input \(input.name) needs channels, each with a finite [min, max] range")
            }
        case .text:
            guard let limit = input.maxCharacters, limit > 0 else { throw fail("text input \(input.name) needs a positive maxCharacters") }
        }
    }

    private static func validate(_ p: Preprocessing, inputs: [InputSpec], fail: (String) -> BundleError) throws(BundleError) {
        let byName = Dictionary(inputs.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        if let features = p.featureOrder {
            for feature in features {
                if let equals = feature.firstIndex(of: "=") {
                    let name = String(feature[..<equals]), value = String(feature[feature.index(after: equals)...])
                    guard let input = byName[name], input.type == .category, input.values?.contains(value) == true else {
                        throw fail("feature \"\(feature)\" is not a value of a category input")
                    }
                } else {
                    // A numeric input, or a channel of a series input (series models standardise per channel).
                    let channels = inputs.compactMap(\.channels).joined().map(\.name)
                    guard let input = byName[feature], input.type == .number || input.type == .integer else {
                        guard channels.contains(feature) else { throw fail("feature \"\(feature)\" is not a numeric input or a series channel") }
                        continue
                    }
                    guard input.required else { throw fail("feature \"\(feature)\" comes from an optional input; features need a value on every request") }
                }
            }
        }
        let width = p.featureOrder?.count ?? inputs.first(where: { $0.type == .series })?.channels?.count
        for (name, values) in [("featureMean", p.featureMean), ("featureStd", p.featureStd)] {
            guard let values else { continue }
            guard values.count == width, values.allSatisfy(\.isFinite) else {
                throw fail("\(name) must hold \(width.map(String.init) ?? "one") finite numbers per feature")
            }
        }
        if let std = p.featureStd, std.contains(where: { $0 <= 0 }) { throw fail("featureStd must be positive") }
        if let std = p.targetStd, std.values.contains(where: { !($0 > 0 && $0.isFinite) }) { throw fail("targetStd must be positive") }
        if let t = p.temperature, !(t > 0 && t.isFinite) { throw fail("temperature must be a positive number") }
        if let length = p.maxSequenceLength, length <= 0 { throw fail("maxSequenceLength must be positive") }
    }

    static func isRange(_ range: [Double]) -> Bool {
        range.count == 2 && range.allSatisfy(\.isFinite) && range[0] <= range[1]
    }

    static func isBareFileName(_ name: String) -> Bool {
        !name.isEmpty && !name.contains("/") && !name.contains("\\") && !name.hasPrefix(".") && name.utf8.allSatisfy { $0 >= 0x20 }
    }
}
