import Foundation

/// Where the server may listen without credentials: only on loopback. Binding anywhere else needs
/// API keys; the server refuses to start otherwise (trust matrix D1, D2).
public enum BindPolicy {
    /// True for `127.0.0.0/8`, `::1` and `localhost`.
    public static func isLoopback(_ host: String) -> Bool {
        let trimmed = host.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        if trimmed == "localhost" || trimmed == "::1" { return true }
        let octets = trimmed.split(separator: ".", omittingEmptySubsequences: false)
        return octets.count == 4 && octets[0] == "127" && octets.allSatisfy { UInt8($0) != nil }
    }

    /// Throws when `host` is not loopback and no key is configured; returns a warning to log when it
    /// is not loopback and keys are set.
    public static func check(host: String, keys: APIKeys) throws -> String? {
        guard !isLoopback(host) else { return nil }
        guard keys.isEnabled else {
            throw ConfigurationError("listening on \(host) (not loopback) requires API keys: pass --api-keys-file or set BAGUI_API_KEYS")
        }
        return "listening on \(host), reachable beyond this machine; API keys are required on every route except /v2/health/*"
    }
}

/// A server configuration that cannot be used; the message says what to change.
public struct ConfigurationError: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }
}
