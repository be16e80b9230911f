/// Why a question was not answered. Each reads as one sentence for the person who asked.
public enum AskError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The request itself is malformed: empty or oversized text, a wrong field type, an unknown expert.
    case invalidRequest(String)
    /// A structured payload fits no expert's input schema; `reason` says how each one differs.
    case noSchemaFits(String)
    /// The expert that should answer cannot be loaded (refused, tampered, over budget).
    case expertUnavailable(expert: String, reason: String)

    public var description: String {
        switch self {
        case .invalidRequest(let reason): reason
        case .noSchemaFits(let reason): "no expert takes this payload: \(reason)"
        case let .expertUnavailable(expert, reason): "expert \(expert) cannot answer: \(reason)"
        }
    }
}
