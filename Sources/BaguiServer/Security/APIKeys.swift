import Foundation

/// The bearer tokens that may call the server. Empty means authentication is off (allowed on
/// loopback only; see ``BindPolicy``).
public struct APIKeys: Sendable {
    private let keys: [[UInt8]]

    public init(_ keys: [String]) {
        self.keys = keys.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.map { Array($0.utf8) }
    }

    /// True when at least one key is configured.
    public var isEnabled: Bool { !keys.isEmpty }
    /// The number of keys.
    public var count: Int { keys.count }

    /// Keys from a file with one key per line (blank lines and `#` comments skipped) and from a
    /// comma-separated environment value.
    public static func load(file: String?, environment: String?) throws -> APIKeys {
        var keys: [String] = []
        if let file {
            let text = try String(contentsOfFile: file, encoding: .utf8)
            keys += text.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.hasPrefix("#") }
        }
        if let environment { keys += environment.split(separator: ",").map(String.init) }
        return APIKeys(keys)
    }

    /// True when `token` equals one of the keys. Every key is compared over its whole length, with no
    /// early exit on the first differing byte, so timing reveals neither a key nor a prefix of one.
    public func accepts(_ token: Substring) -> Bool {
        let candidate = Array(token.utf8)
        var matched: UInt8 = 0
        for key in keys { matched |= Self.constantTimeEqual(key, candidate) }
        return matched == 1
    }

    /// 1 when equal, 0 otherwise; the time depends only on the lengths.
    static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> UInt8 {
        var difference = UInt64(truncatingIfNeeded: a.count ^ b.count)
        let length = max(a.count, b.count)
        for i in 0..<length {
            let x = i < a.count ? a[i] : 0
            let y = i < b.count ? b[i] : 0
            difference |= UInt64(x ^ y)
        }
        return difference == 0 ? 1 : 0
    }
}
