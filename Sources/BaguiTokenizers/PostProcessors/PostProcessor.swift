/// Adds special tokens and type ids around the encoded sequence(s)
/// (the `PostProcessor` trait, tokenizers/src/tokenizer/mod.rs).
protocol PostProcessor: Sendable {
    /// How many tokens `process` adds, so truncation can leave room (`added_tokens`).
    func addedTokens(isPair: Bool) -> Int
    /// Rewrites the one or two encodings; the tokenizer concatenates the result (`process_encodings`).
    func process(_ encodings: [Encoding], addSpecialTokens: Bool) -> [Encoding]
    /// Every id this processor may emit, with a description, for load-time range checks (trust matrix B2).
    var referencedIds: [(context: String, id: Int)] { get }
}

/// Builds the post-processor described by a `tokenizer.json` `post_processor` node.
func makePostProcessor(_ node: ConfigNode) throws(TokenizerError) -> any PostProcessor {
    let type = try node.type()
    switch type {
    case "TemplateProcessing": return try TemplateProcessing(node)
    case "BertProcessing": return try BertProcessing(node)
    case "RobertaProcessing": return try RobertaProcessing(node)
    case "ByteLevel": return ByteLevelProcessing()
    case "Sequence": return try PostProcessorSequence(node)
    default: throw .unsupportedComponent(kind: "post_processor", type: type)
    }
}

/// Reads a `[token, id]` pair as Bert and Roberta processors store `cls` and `sep`.
func tokenAndId(_ node: ConfigNode) throws(TokenizerError) -> (token: String, id: Int) {
    let pair = try node.array()
    guard pair.count == 2 else { throw .invalidField(path: node.path, expected: "a [token, id] pair") }
    return (try pair[0].string(), try pair[1].int())
}

/// Byte-level offset trimming only; ids and type ids pass through (tokenizers/src/processors/byte_level.rs).
struct ByteLevelProcessing: PostProcessor {
    func addedTokens(isPair: Bool) -> Int { 0 }
    func process(_ encodings: [Encoding], addSpecialTokens: Bool) -> [Encoding] { encodings }
    var referencedIds: [(context: String, id: Int)] { [] }
}

/// Applies processors in order (tokenizers/src/processors/sequence.rs).
struct PostProcessorSequence: PostProcessor {
    let processors: [any PostProcessor]

    init(_ node: ConfigNode) throws(TokenizerError) {
        var list: [any PostProcessor] = []
        for child in try node.require("processors").array() { list.append(try makePostProcessor(child)) }
        processors = list
    }

    func addedTokens(isPair: Bool) -> Int { processors.reduce(0) { $0 + $1.addedTokens(isPair: isPair) } }

    func process(_ encodings: [Encoding], addSpecialTokens: Bool) -> [Encoding] {
        processors.reduce(encodings) { $1.process($0, addSpecialTokens: addSpecialTokens) }
    }

    var referencedIds: [(context: String, id: Int)] { processors.flatMap(\.referencedIds) }
}
