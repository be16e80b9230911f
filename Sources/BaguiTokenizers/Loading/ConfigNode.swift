import BaguiJSON

/// A `JSONValue` together with its dotted path in `tokenizer.json`, so every loader error names the
/// exact field at fault (style principle 7).
struct ConfigNode {
    let value: JSONValue
    let path: String

    init(_ value: JSONValue, path: String) {
        self.value = value
        self.path = path
    }

    /// Member `key`, or nil when it is absent or JSON `null` (serde treats both as "use the default").
    func optional(_ key: String) -> ConfigNode? {
        guard let member = value[key], !member.isNull else { return nil }
        return ConfigNode(member, path: path + "." + key)
    }

    /// Member `key`, which must be present and non-null.
    func require(_ key: String) throws(TokenizerError) -> ConfigNode {
        guard let node = optional(key) else { throw .missingField(path: path + "." + key) }
        return node
    }

    func string() throws(TokenizerError) -> String {
        guard let s = value.string else { throw .invalidField(path: path, expected: "a string") }
        return s
    }

    func int() throws(TokenizerError) -> Int {
        guard let i = value.int else { throw .invalidField(path: path, expected: "an integer") }
        return i
    }

    func bool() throws(TokenizerError) -> Bool {
        guard let b = value.bool else { throw .invalidField(path: path, expected: "a boolean") }
        return b
    }

    func array() throws(TokenizerError) -> [ConfigNode] {
        guard let a = value.array else { throw .invalidField(path: path, expected: "an array") }
        return a.enumerated().map { ConfigNode($1, path: "\(path)[\($0)]") }
    }

    func object() throws(TokenizerError) -> JSONObject {
        guard let o = value.object else { throw .invalidField(path: path, expected: "an object") }
        return o
    }

    /// The component's `type` member.
    func type() throws(TokenizerError) -> String { try require("type").string() }

    func string(_ key: String, default fallback: String) throws(TokenizerError) -> String {
        try optional(key)?.string() ?? fallback
    }

    func bool(_ key: String, default fallback: Bool) throws(TokenizerError) -> Bool {
        try optional(key)?.bool() ?? fallback
    }

    func int(_ key: String, default fallback: Int) throws(TokenizerError) -> Int {
        try optional(key)?.int() ?? fallback
    }
}
