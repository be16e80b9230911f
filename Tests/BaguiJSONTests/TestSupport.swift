@testable import BaguiJSON

/// The error `parse` throws for `text`, or nil when it parses.
func parseError(_ text: String, limits: StrictJSONParser.Limits = .init()) -> JSONError? {
    parseError(bytes: Array(text.utf8), limits: limits)
}

/// The error `parse` throws for raw `bytes`, or nil when they parse.
func parseError(bytes: [UInt8], limits: StrictJSONParser.Limits = .init()) -> JSONError? {
    do {
        _ = try StrictJSONParser.parse(bytes, limits: limits)
        return nil
    } catch {
        return error
    }
}

extension JSONError {
    /// The syntax error's reason, or nil for the other cases.
    var syntaxReason: String? {
        if case let .syntax(reason, _) = self { reason } else { nil }
    }
}

/// `depth` arrays nested inside each other: `[[[…]]]`.
func nestedArrays(_ depth: Int) -> String {
    String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
}

/// `depth` objects nested inside each other: `{"a":{"a":…{}}}`.
func nestedObjects(_ depth: Int) -> String {
    String(repeating: "{\"a\":", count: depth - 1) + "{}" + String(repeating: "}", count: depth - 1)
}

/// The scalar values of `string`, for comparisons that must not use canonical equivalence.
func scalars(_ string: String) -> [UInt32] { string.unicodeScalars.map(\.value) }
