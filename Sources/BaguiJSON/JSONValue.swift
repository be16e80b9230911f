/// A parsed JSON document that keeps what Foundation's parsers throw away: the exact text of every
/// number (so offsets above 2^53 are never rounded) and the order of object keys.
///
/// Produce one with ``StrictJSONParser``, which also rejects duplicate keys and excessive nesting.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    /// A number, kept as its source text (`"1e3"`, `"-0"`, `"18446744073709551616"`).
    case number(String)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    /// The value as an object, or nil.
    public var object: JSONObject? { if case .object(let o) = self { o } else { nil } }
    /// The value as an array, or nil.
    public var array: [JSONValue]? { if case .array(let a) = self { a } else { nil } }
    /// The value as a string, or nil.
    public var string: String? { if case .string(let s) = self { s } else { nil } }
    /// The value as a bool, or nil.
    public var bool: Bool? { if case .bool(let b) = self { b } else { nil } }
    /// True for `null`.
    public var isNull: Bool { if case .null = self { true } else { false } }

    /// The number as an exact `Int`, or nil if it is not a number, has a fraction or exponent, or
    /// does not fit. `1.0` is not an integer here: offsets and ids must be written as integers.
    public var int: Int? {
        guard case .number(let text) = self else { return nil }
        guard !text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) else { return nil }
        return Int(text)
    }

    /// The number as a `Double`, or nil if it is not a number.
    public var double: Double? {
        guard case .number(let text) = self else { return nil }
        return Double(text)
    }

    /// A short name of the value's kind, for error messages ("an array", "a string").
    public var kindDescription: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }

    /// Member `key` of an object, or nil when this is not an object or has no such key.
    public subscript(key: String) -> JSONValue? { object?[key] }
}

/// A JSON object with its keys in document order. Keys are unique: the parser rejects duplicates.
public struct JSONObject: Sendable, Equatable {
    /// The members in document order.
    public private(set) var members: [(key: String, value: JSONValue)]
    private var index: [String: Int]

    /// An empty object.
    public init() {
        members = []
        index = [:]
    }

    /// Adds a member; returns false (and changes nothing) if the key is already present.
    @discardableResult
    public mutating func insert(_ key: String, _ value: JSONValue) -> Bool {
        guard index[key] == nil else { return false }
        index[key] = members.count
        members.append((key, value))
        return true
    }

    /// The value for `key`, or nil.
    public subscript(key: String) -> JSONValue? {
        index[key].map { members[$0].value }
    }

    /// The keys in document order.
    public var keys: [String] { members.map(\.key) }
    /// The number of members.
    public var count: Int { members.count }

    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        lhs.members.count == rhs.members.count
            && zip(lhs.members, rhs.members).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    }
}
