/// Why a JSON document was refused.
public enum JSONError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The text is not JSON; `offset` is the byte where reading stopped.
    case syntax(String, offset: Int)
    /// An object names the same key twice.
    case duplicateKey(String)
    /// Arrays and objects are nested deeper than the limit allows.
    case depthExceeded(limit: Int)

    public var description: String {
        switch self {
        case let .syntax(reason, offset): "invalid JSON at byte \(offset): \(reason)"
        case let .duplicateKey(key): "invalid JSON: the key \"\(key)\" appears twice in one object"
        case let .depthExceeded(limit): "invalid JSON: nested deeper than \(limit) levels"
        }
    }
}
