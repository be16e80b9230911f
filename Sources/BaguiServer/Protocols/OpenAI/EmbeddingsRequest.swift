import BaguiJSON

/// An OpenAI `CreateEmbeddingRequest`, validated: `input` is a string, an array of strings, an array
/// of token ids, or an array of token-id arrays (never mixed, never empty).
struct EmbeddingsRequest: Sendable {
    enum EncodingFormat: String, Sendable { case float, base64 }

    var input: EmbeddingInput
    /// The model asked for; nil when the client left it out (the default embedding model is used).
    var model: String?
    var encodingFormat: EncodingFormat
    /// Requested width; only the model's own width is accepted.
    var dimensions: Int?

    init(json: JSONValue) throws(ServerError) {
        guard let object = json.object else { throw .badRequest("the request must be a JSON object") }
        guard let inputValue = object["input"] else { throw .badRequest("\"input\" is required") }
        input = try Self.input(inputValue)
        if let modelValue = object["model"], !modelValue.isNull {
            guard let name = modelValue.string else { throw .badRequest("\"model\" must be a string") }
            model = name.isEmpty ? nil : name
        }
        encodingFormat = .float
        if let formatValue = object["encoding_format"], !formatValue.isNull {
            guard let name = formatValue.string, let format = EncodingFormat(rawValue: name) else {
                throw .badRequest("\"encoding_format\" must be \"float\" or \"base64\"")
            }
            encodingFormat = format
        }
        if let dimensionsValue = object["dimensions"], !dimensionsValue.isNull {
            guard let width = dimensionsValue.int, width > 0 else { throw .badRequest("\"dimensions\" must be a positive integer") }
            dimensions = width
        }
        if let user = object["user"], !user.isNull, user.string == nil { throw .badRequest("\"user\" must be a string") }
    }

    private static func input(_ value: JSONValue) throws(ServerError) -> EmbeddingInput {
        if let text = value.string { return .texts([text]) }
        guard let items = value.array else {
            throw .badRequest("\"input\" must be a string, an array of strings, or token ids; got \(value.kindDescription)")
        }
        guard let first = items.first else { throw .badRequest("\"input\" is an empty array") }
        switch first {
        case .string:
            var texts: [String] = []
            texts.reserveCapacity(items.count)
            for (i, item) in items.enumerated() {
                guard let text = item.string else { throw .badRequest("input[\(i)] is \(item.kindDescription); all inputs must be strings") }
                texts.append(text)
            }
            return .texts(texts)
        case .number:
            return .tokenIds([try tokenIds(items, at: "input")])
        case .array:
            var sequences: [[Int]] = []
            sequences.reserveCapacity(items.count)
            for (i, item) in items.enumerated() {
                guard let ids = item.array else { throw .badRequest("input[\(i)] is \(item.kindDescription); all inputs must be token-id arrays") }
                sequences.append(try tokenIds(ids, at: "input[\(i)]"))
            }
            return .tokenIds(sequences)
        default:
            throw .badRequest("input[0] is \(first.kindDescription); expected a string or token ids")
        }
    }

    /// Integers only; a value too large for `Int` is out of the vocabulary anyway and reported as such.
    private static func tokenIds(_ items: [JSONValue], at path: String) throws(ServerError) -> [Int] {
        var ids: [Int] = []
        ids.reserveCapacity(items.count)
        for (i, item) in items.enumerated() {
            guard case .number(let text) = item else { throw .badRequest("\(path)[\(i)] is \(item.kindDescription), not a token id") }
            guard let id = item.int else {
                if text.allSatisfy({ $0.isNumber || $0 == "-" }) { ids.append(Int.max); continue }  // beyond Int: out of vocabulary
                throw .badRequest("\(path)[\(i)] is not an integer token id")
            }
            ids.append(id)
        }
        return ids
    }
}
