/// `<s> A </s>` and `<s> A </s></s> B </s>`, every type id 0 (tokenizers/src/processors/roberta.rs).
struct RobertaProcessing: PostProcessor {
    let cls: (token: String, id: Int)
    let sep: (token: String, id: Int)

    init(_ node: ConfigNode) throws(TokenizerError) {
        cls = try tokenAndId(node.require("cls"))
        sep = try tokenAndId(node.require("sep"))
        // trim_offsets and add_prefix_space only move offsets, which Bagui does not report.
        _ = try node.bool("trim_offsets", default: true)
        _ = try node.bool("add_prefix_space", default: true)
    }

    func addedTokens(isPair: Bool) -> Int { isPair ? 4 : 2 }

    func process(_ encodings: [Encoding], addSpecialTokens: Bool) -> [Encoding] {
        // "Roberta is weird, and every encoding is type_id=0", even without special tokens.
        let zeroed = encodings.map { encoding in
            var e = encoding
            e.typeIds = Array(repeating: 0, count: e.count)
            return e
        }
        guard addSpecialTokens else { return zeroed }
        return zeroed.enumerated().map { i, encoding in
            let open = i == 0 ? cls : sep
            return Encoding(
                ids: [open.id] + encoding.ids + [sep.id], tokens: [open.token] + encoding.tokens + [sep.token],
                typeIds: Array(repeating: 0, count: encoding.count + 2))
        }
    }

    var referencedIds: [(context: String, id: Int)] { [("RobertaProcessing cls", cls.id), ("RobertaProcessing sep", sep.id)] }
}
