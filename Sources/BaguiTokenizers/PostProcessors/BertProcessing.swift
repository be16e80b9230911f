/// `[CLS] A [SEP]` and `[CLS] A [SEP] B [SEP]` with type ids 0 then 1 (tokenizers/src/processors/bert.rs).
struct BertProcessing: PostProcessor {
    let cls: (token: String, id: Int)
    let sep: (token: String, id: Int)

    init(_ node: ConfigNode) throws(TokenizerError) {
        cls = try tokenAndId(node.require("cls"))
        sep = try tokenAndId(node.require("sep"))
    }

    func addedTokens(isPair: Bool) -> Int { isPair ? 3 : 2 }

    func process(_ encodings: [Encoding], addSpecialTokens: Bool) -> [Encoding] {
        guard addSpecialTokens else { return encodings }
        var result: [Encoding] = []
        for (i, encoding) in encodings.enumerated() {
            if i == 0 {
                result.append(Encoding(
                    ids: [cls.id] + encoding.ids + [sep.id], tokens: [cls.token] + encoding.tokens + [sep.token],
                    typeIds: [0] + encoding.typeIds + [0]))
            } else {
                result.append(Encoding(ids: encoding.ids + [sep.id], tokens: encoding.tokens + [sep.token], typeIds: encoding.typeIds + [1]))
            }
        }
        return result
    }

    var referencedIds: [(context: String, id: Int)] { [("BertProcessing cls", cls.id), ("BertProcessing sep", sep.id)] }
}
