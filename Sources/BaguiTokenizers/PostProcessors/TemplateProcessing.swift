/// Wraps sequences in a template such as `[CLS] $A [SEP] $B:1 [SEP]:1`
/// (tokenizers/src/processors/template.rs).
struct TemplateProcessing: PostProcessor {
    enum Piece {
        case sequence(second: Bool, typeId: Int)
        case special(name: String, typeId: Int)
    }

    struct SpecialToken {
        let ids: [Int]
        let tokens: [String]
    }

    let single: [Piece]
    let pair: [Piece]
    let specialTokens: [String: SpecialToken]

    init(_ node: ConfigNode) throws(TokenizerError) {
        var specials: [String: SpecialToken] = [:]
        if let table = node.optional("special_tokens") {
            for (name, value) in try table.object().members {
                let entry = ConfigNode(value, path: table.path + "[\"\(name)\"]")
                let ids = try entry.require("ids").array().map { node throws(TokenizerError) in try node.int() }
                let tokens = try entry.require("tokens").array().map { node throws(TokenizerError) in try node.string() }
                guard ids.count == tokens.count else { throw .invalidField(path: entry.path, expected: "as many ids as tokens") }
                specials[name] = SpecialToken(ids: ids, tokens: tokens)
            }
        }
        specialTokens = specials
        single = try TemplateProcessing.parseTemplate(node.require("single"), specials: specials)
        pair = try TemplateProcessing.parseTemplate(node.require("pair"), specials: specials)
    }

    private static func parseTemplate(_ node: ConfigNode, specials: [String: SpecialToken]) throws(TokenizerError) -> [Piece] {
        var pieces: [Piece] = []
        for item in try node.array() {
            if let sequence = item.optional("Sequence") {
                let id = try sequence.require("id").string()
                guard id == "A" || id == "B" else { throw .invalidField(path: sequence.path + ".id", expected: "\"A\" or \"B\"") }
                pieces.append(.sequence(second: id == "B", typeId: try sequence.int("type_id", default: 0)))
            } else if let special = item.optional("SpecialToken") {
                let name = try special.require("id").string()
                guard specials[name] != nil else { throw .unknownSpecialToken(context: special.path, name: name) }
                pieces.append(.special(name: name, typeId: try special.int("type_id", default: 0)))
            } else {
                throw .invalidField(path: item.path, expected: "{\"Sequence\": ...} or {\"SpecialToken\": ...}")
            }
        }
        return pieces
    }

    func addedTokens(isPair: Bool) -> Int {
        (isPair ? pair : single).reduce(0) { count, piece in
            if case let .special(name, _) = piece { return count + (specialTokens[name]?.ids.count ?? 0) }
            return count
        }
    }

    func process(_ encodings: [Encoding], addSpecialTokens: Bool) -> [Encoding] {
        let template = encodings.count == 2 ? pair : single
        var result: [Encoding] = []
        for piece in template {
            switch piece {
            case let .sequence(second, typeId):
                let index = second ? 1 : 0
                guard index < encodings.count else { continue }
                var encoding = encodings[index]
                encoding.typeIds = Array(repeating: typeId, count: encoding.count)
                result.append(encoding)
            case let .special(name, typeId):
                guard addSpecialTokens, let special = specialTokens[name] else { continue }
                result.append(Encoding(ids: special.ids, tokens: special.tokens, typeIds: Array(repeating: typeId, count: special.ids.count)))
            }
        }
        return result
    }

    var referencedIds: [(context: String, id: Int)] {
        specialTokens.flatMap { name, special in special.ids.map { ("TemplateProcessing special token '\(name)'", $0) } }
    }
}
