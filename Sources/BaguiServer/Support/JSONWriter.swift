import BaguiJSON

/// Writes compact JSON into a byte array. Responses are built by hand rather than through
/// `JSONEncoder` because an embeddings response is mostly long float arrays, which this writes in
/// one pass in the shortest form that reads back to the same `Float`.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []

    init(reservingCapacity capacity: Int = 256) { bytes.reserveCapacity(capacity) }

    mutating func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }

    mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): raw("\\\"")
            case UInt8(ascii: "\\"): raw("\\\\")
            case 0x0A: raw("\\n")
            case 0x0D: raw("\\r")
            case 0x09: raw("\\t")
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                raw("\\u00")
                bytes.append(hex[Int(byte >> 4)])
                bytes.append(hex[Int(byte & 0xF)])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    mutating func number(_ value: Int) { raw(String(value)) }

    /// A float; non-finite values (never produced by a healthy model) become `null`, as JSON has no NaN.
    mutating func number(_ value: Float) { raw(value.isFinite ? value.description : "null") }

    mutating func number(_ value: Double) { raw(value.isFinite ? value.description : "null") }

    mutating func bool(_ value: Bool) { raw(value ? "true" : "false") }

    /// `[a,b,c]`, writing each element with `element`.
    mutating func array<S: Sequence>(_ elements: S, _ element: (inout JSONWriter, S.Element) -> Void) {
        bytes.append(UInt8(ascii: "["))
        var first = true
        for item in elements {
            if !first { bytes.append(UInt8(ascii: ",")) }
            first = false
            element(&self, item)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// `{...}`; `members` writes the members through the ``ObjectWriter`` it is given.
    mutating func object(_ members: (inout ObjectWriter) -> Void) {
        var writer = ObjectWriter(json: self)
        bytes = []
        writer.json.bytes.append(UInt8(ascii: "{"))
        members(&writer)
        writer.json.bytes.append(UInt8(ascii: "}"))
        self = writer.json
    }

    /// Any parsed JSON value, re-encoded (numbers keep their source text).
    mutating func value(_ value: JSONValue) {
        switch value {
        case .null: raw("null")
        case .bool(let b): bool(b)
        case .number(let text): raw(text)
        case .string(let s): string(s)
        case .array(let items): array(items) { $0.value($1) }
        case .object(let object):
            self.object { members in
                for (key, member) in object.members { members.member(key) { $0.value(member) } }
            }
        }
    }

    /// Writes the members of one object, adding the commas.
    struct ObjectWriter {
        fileprivate var json: JSONWriter
        private var count = 0

        fileprivate init(json: JSONWriter) { self.json = json }

        /// `"key": value`, with `value` written by the closure.
        mutating func member(_ key: String, _ value: (inout JSONWriter) -> Void) {
            if count > 0 { json.bytes.append(UInt8(ascii: ",")) }
            count += 1
            json.string(key)
            json.bytes.append(UInt8(ascii: ":"))
            value(&json)
        }

        mutating func member(_ key: String, _ text: String) { member(key) { $0.string(text) } }
        mutating func member(_ key: String, _ number: Int) { member(key) { $0.number(number) } }
        mutating func member(_ key: String, _ flag: Bool) { member(key) { $0.bool(flag) } }
    }
}
