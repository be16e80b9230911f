/// `JSONValue` through `Codable`, so typed documents (a bundle manifest) can carry free-form parts.
/// Numbers decode exactly when they are integers; object keys decode in sorted order.
extension JSONValue: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let bool = try? container.decode(Bool.self) { self = .bool(bool) }
        else if let int = try? container.decode(Int.self) { self = .number(String(int)) }
        else if let double = try? container.decode(Double.self) { self = .number(String(double)) }
        else if let string = try? container.decode(String.self) { self = .string(string) }
        else if let array = try? container.decode([JSONValue].self) { self = .array(array) }
        else {
            let dictionary = try container.decode([String: JSONValue].self)
            var object = JSONObject()
            for key in dictionary.keys.sorted() { object.insert(key, dictionary[key] ?? .null) }
            self = .object(object)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let b): try container.encode(b)
        case .number(let text):
            if let int = Int(text) { try container.encode(int) } else { try container.encode(Double(text) ?? .nan) }
        case .string(let s): try container.encode(s)
        case .array(let a): try container.encode(a)
        case .object(let o):
            try container.encode(Dictionary(o.members.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first }))
        }
    }
}
