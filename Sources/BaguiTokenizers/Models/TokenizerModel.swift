/// Turns one pre-token into vocabulary ids (the `Model` trait of tokenizers/src/tokenizer/mod.rs).
protocol TokenizerModel: Sendable {
    /// "WordPiece" or "BPE".
    var kind: String { get }
    /// The model's own vocabulary (without added tokens).
    var vocabulary: Vocabulary { get }
    /// Appends the ids of `piece` to `ids`. `scratch` holds reusable buffers for one encode call.
    func tokenize(_ piece: UnsafeBufferPointer<Unicode.Scalar>, into ids: inout [Int], scratch: inout ModelScratch) throws(TokenizerError)
}

/// Buffers reused across the pieces of one encode call, so the hot loop does not allocate per word.
struct ModelScratch {
    var bytes: [UInt8] = []
    var bounds: [Int] = []
    var key: [UInt8] = []
    var symbols: [BPESymbol] = []
    var heap = BPEMergeHeap()
}

/// Builds the model described by a `tokenizer.json` `model` node.
func makeModel(_ node: ConfigNode) throws(TokenizerError) -> any TokenizerModel {
    // Old files omit `type`; serde then picks the variant by its fields (ModelWrapper is untagged).
    let type: String
    if let explicit = node.optional("type") {
        type = try explicit.string()
    } else if node.optional("merges") != nil {
        type = "BPE"
    } else if node.optional("max_input_chars_per_word") != nil {
        type = "WordPiece"
    } else {
        throw .missingField(path: node.path + ".type")
    }
    switch type {
    case "WordPiece": return try WordPieceModel(node)
    case "BPE": return try BPEModel(node)
    default: throw .unsupportedComponent(kind: "model", type: type)
    }
}
