/// `name` or `name@version`, as requests and the CLI name a model.
public struct ModelReference: Sendable, Equatable, CustomStringConvertible {
    /// The bundle name.
    public let name: String
    /// The exact version, or nil for the newest.
    public let version: String?

    /// Parses `text`; throws ``RegistryError/invalidReference(_:)`` when it has an empty part or two `@`.
    public init(_ text: String) throws(RegistryError) {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty }) else { throw .invalidReference(text) }
        name = String(parts[0])
        version = parts.count == 2 ? String(parts[1]) : nil
    }

    public var description: String { version.map { "\(name)@\($0)" } ?? name }
}

/// Semantic versions compared numerically (`1.10.0` after `1.9.2`).
enum SemanticVersion {
    static func isOlder(_ a: String, than b: String) -> Bool {
        let x = a.split(separator: ".").map { Int($0) ?? 0 }, y = b.split(separator: ".").map { Int($0) ?? 0 }
        return x.lexicographicallyPrecedes(y)
    }
}
