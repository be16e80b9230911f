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

    /// Structural equality with strings and keys compared by their exact Unicode scalars, not by
    /// canonical equivalence, and numbers by their text (`1.0` is not `1`).
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case let (.bool(a), .bool(b)): a == b
        case let (.number(a), .number(b)): ExactKey.equal(a, b)
        case let (.string(a), .string(b)): ExactKey.equal(a, b)
        case let (.array(a), .array(b)): a == b
        case let (.object(a), .object(b)): a == b
        default: false
        }
    }
}

/// A JSON object with its keys in document order. Keys are unique: the parser rejects duplicates.
///
/// Keys are compared by their exact UTF-8 bytes, as serde_json and Python do, not by Swift's
/// `String` equality, which is canonical equivalence: `"\u{E9}"` and `"e\u{301}"` are two different
/// keys here, as they are two different tokens in a tokenizer vocabulary.
public struct JSONObject: Sendable, Equatable {
    /// The members in document order.
    public private(set) var members: [(key: String, value: JSONValue)]
    private var index: [ExactKey: Int]

    /// An empty object.
    public init() {
        members = []
        index = [:]
    }

    /// Adds a member; returns false (and changes nothing) if the key is already present.
    @discardableResult
    public mutating func insert(_ key: String, _ value: JSONValue) -> Bool {
        let exact = ExactKey(key)
        guard index[exact] == nil else { return false }
        index[exact] = members.count
        members.append((key, value))
        return true
    }

    /// The value for `key`, matched byte for byte, or nil.
    public subscript(key: String) -> JSONValue? {
        index[ExactKey(key)].map { members[$0].value }
    }

    /// The keys in document order.
    public var keys: [String] { members.map(\.key) }
    /// The number of members.
    public var count: Int { members.count }

    /// Same keys (byte for byte) with equal values, in the same order.
    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        lhs.members.count == rhs.members.count
            && zip(lhs.members, rhs.members).allSatisfy { ExactKey.equal($0.key, $1.key) && $0.value == $1.value }
    }
}

/// A `String` hashed and compared by its UTF-8 bytes instead of by canonical equivalence.
struct ExactKey: Hashable, Sendable {
    let string: String

    init(_ string: String) { self.string = string }

    static func == (lhs: ExactKey, rhs: ExactKey) -> Bool { equal(lhs.string, rhs.string) }

    func hash(into hasher: inout Hasher) {
        let utf8 = string.utf8
        hasher.combine(utf8.count)
        let hashed: Void? = utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        if hashed == nil { for byte in utf8 { hasher.combine(byte) } }
    }

    /// True when `a` and `b` have identical UTF-8 bytes (so identical Unicode scalars).
    static func equal(_ a: String, _ b: String) -> Bool {
        let a = a.utf8, b = b.utf8
        guard a.count == b.count else { return false }
        let fast = a.withContiguousStorageIfAvailable { a in
            b.withContiguousStorageIfAvailable { b in a.elementsEqual(b) }
        }
        return fast.flatMap { $0 } ?? a.elementsEqual(b)
    }
}

extension JSONValue {
    /// A number value for `value`, or null when it is NaN or infinite (JSON has no such numbers).
    public static func finite(_ value: Double) -> JSONValue {
        value.isFinite ? .number(String(value)) : .null
    }

    /// An integer number value.
    public static func integer(_ value: Int) -> JSONValue { .number(String(value)) }
}
