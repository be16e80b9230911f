import BaguiBundles
import BaguiJSON

/// Routing stage 2: a structured payload goes to the expert whose input schema it fits. Each
/// candidate's manifest checks the payload exactly as `bagui predict` would; the one that accepts it
/// answers, and when none does, the error says how the payload misses each.
enum SchemaMatch {
    /// The payload as one expert's input object: `features` members, plus `series` under the
    /// expert's series input name.
    static func payload(features: JSONObject?, series: JSONValue?, for manifest: BundleManifest) -> JSONValue? {
        var object = features ?? JSONObject()
        if let series {
            guard let name = manifest.inputs.first(where: { $0.type == .series })?.name else { return nil }
            object.insert(name, series)
        }
        return .object(object)
    }

    /// The experts among `candidates` that accept the payload, with the checked input; or the
    /// reasons each refused it.
    static func match(features: JSONObject?, series: JSONValue?, candidates: [(id: String, manifest: BundleManifest)])
        -> (fits: [(id: String, input: BundleInput)], misses: [String]) {
        var fits: [(String, BundleInput)] = [], misses: [String] = []
        for candidate in candidates {
            guard let payload = payload(features: features, series: series, for: candidate.manifest) else {
                misses.append("\(candidate.id) takes no series")
                continue
            }
            do { fits.append((candidate.id, try BundleInput.parse(payload, specs: candidate.manifest.inputs))) }
            catch { misses.append("\(candidate.id): \(error)") }
        }
        return (fits, misses)
    }
}
