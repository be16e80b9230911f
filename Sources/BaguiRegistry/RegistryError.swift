/// Why the registry cannot give a model. Each reads as one sentence.
public enum RegistryError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No bundle has this name.
    case unknownModel(String, known: [String])
    /// The bundle exists, but not at this version.
    case unknownVersion(name: String, version: String, known: [String])
    /// The bundle was found but is not served; `reason` says why (invalid, tampered, failed self-check).
    case refused(String, reason: String)
    /// The bundle's files alone exceed the memory budget.
    case overBudget(String, bytes: Int, budget: Int)
    /// A reference that is neither `name` nor `name@version`.
    case invalidReference(String)

    public var description: String {
        switch self {
        case let .unknownModel(name, known):
            "no model is named \"\(name)\"" + (known.isEmpty ? " (no bundles were found)" : "; known: \(known.joined(separator: ", "))")
        case let .unknownVersion(name, version, known):
            "model \(name) has no version \(version); available: \(known.joined(separator: ", "))"
        case let .refused(id, reason): "model \(id) is not served: \(reason)"
        case let .overBudget(id, bytes, budget):
            "model \(id) needs \(Self.megabytes(bytes)) MB, more than the whole memory budget of \(Self.megabytes(budget)) MB"
        case let .invalidReference(reference): "\"\(reference)\" is not a model reference; use NAME or NAME@VERSION"
        }
    }

    static func megabytes(_ bytes: Int) -> String { String(format: "%.1f", Double(bytes) / 1_048_576) }
}
