import Foundation
import Testing

@testable import BaguiTokenizers

/// Loading refuses what it does not support or cannot trust, with typed errors and no traps
/// (trust matrix B1, B2, B4, B5; style principle 12).
@Suite struct LoaderTests {
    /// The bert-cased fixture as a mutable JSON dictionary.
    static func bertJSON() throws -> [String: Any] {
        let data = try Data(contentsOf: Fixtures.url("bert-cased", "json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    static func gpt2JSON() throws -> [String: Any] {
        let data = try Data(contentsOf: Fixtures.url("gpt2", "json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    static func load(_ json: [String: Any]) throws -> Tokenizer {
        try Tokenizer(jsonData: JSONSerialization.data(withJSONObject: json))
    }

    static func loadError(_ json: [String: Any]) -> TokenizerError? {
        do {
            _ = try load(json)
            return nil
        } catch let error as TokenizerError {
            return error
        } catch {
            return nil
        }
    }

    @Test func unmodifiedFixtureLoads() throws {
        let tokenizer = try Self.load(Self.bertJSON())
        #expect(tokenizer.modelKind == "WordPiece")
        #expect(tokenizer.vocabularySize == 3000)
    }

    @Test(arguments: [
        ("normalizer", "Precompiled"), ("pre_tokenizer", "Metaspace"), ("model", "Unigram"),
        ("post_processor", "Mystery"), ("decoder", "CTC"),
    ])
    func unknownComponentTypeIsTypedError(kind: String, type: String) throws {
        var json = try Self.bertJSON()
        var component = (json[kind] as? [String: Any]) ?? [:]
        component["type"] = type
        json[kind] = component
        #expect(Self.loadError(json) == .unsupportedComponent(kind: kind, type: type))
    }

    @Test func nestedUnknownTypeIsTypedError() throws {
        var json = try Self.bertJSON()
        json["normalizer"] = ["type": "Sequence", "normalizers": [["type": "NFC"], ["type": "Nmt"]]]
        #expect(Self.loadError(json) == .unsupportedComponent(kind: "normalizer", type: "Nmt"))
    }

    /// Only one bracket character class runs as a Split regex; every other regex is refused at load.
    @Test(arguments: ["(a+)+", "[a-z]+", "[a-z]|b", "[\\p{L}]", "[\\d]", "[[:alpha:]]", "[a&&b]", "[z-a]", "[]", "[^]", "a", "[a-z", "\\s+", "[\\u12]", "[\\x{110000}]"])
    func regexPatternsAreRefused(pattern: String) throws {
        var json = try Self.bertJSON()
        json["pre_tokenizer"] = ["type": "Split", "pattern": ["Regex": pattern], "behavior": "Isolated", "invert": false]
        #expect(Self.loadError(json) == .unsupportedOption(component: "Split pre_tokenizer", option: "a Regex pattern other than one character class"))
        json = try Self.bertJSON()
        json["normalizer"] = ["type": "Replace", "pattern": ["Regex": "(a|aa)+$"], "content": ""]
        #expect(Self.loadError(json) == .unsupportedOption(component: "Replace normalizer", option: "a Regex pattern"))
    }

    @Test func literalSplitPatternWorksAndIsLinear() throws {
        var json = try Self.bertJSON()
        json["pre_tokenizer"] = ["type": "Split", "pattern": ["String": "a"], "behavior": "Removed", "invert": false]
        json["post_processor"] = NSNull()
        let tokenizer = try Self.load(json)
        // The B1 ReDoS input: a literal pattern scans it in linear time.
        let encoding = try tokenizer.encode(String(repeating: "a", count: 30) + "b")
        #expect(encoding.tokens == ["b"])
    }

    @Test func postProcessorIdsOutsideVocabularyAreRefused() throws {
        var json = try Self.bertJSON()
        json["post_processor"] = ["type": "BertProcessing", "sep": ["[SEP]", 3], "cls": ["[CLS]", 3000]]
        #expect(Self.loadError(json) == .idOutOfRange(context: "BertProcessing cls", id: 3000, vocabularySize: 3000))
        json["post_processor"] = [
            "type": "TemplateProcessing",
            "single": [["SpecialToken": ["id": "[CLS]", "type_id": 0]], ["Sequence": ["id": "A", "type_id": 0]]],
            "pair": [["Sequence": ["id": "A", "type_id": 0]], ["Sequence": ["id": "B", "type_id": 1]]],
            "special_tokens": ["[CLS]": ["id": "[CLS]", "ids": [-1], "tokens": ["[CLS]"]]],
        ]
        #expect(Self.loadError(json) == .idOutOfRange(context: "TemplateProcessing special token '[CLS]'", id: -1, vocabularySize: 3000))
    }

    @Test func templateReferringToUndefinedSpecialTokenIsRefused() throws {
        var json = try Self.bertJSON()
        json["post_processor"] = [
            "type": "TemplateProcessing",
            "single": [["SpecialToken": ["id": "<bos>", "type_id": 0]], ["Sequence": ["id": "A", "type_id": 0]]],
            "pair": [["Sequence": ["id": "A", "type_id": 0]]],
            "special_tokens": [:] as [String: Any],
        ]
        if case .unknownSpecialToken(_, let name) = Self.loadError(json) {
            #expect(name == "<bos>")
        } else {
            Issue.record("expected unknownSpecialToken")
        }
    }

    @Test(arguments: [3_000_000, -1, 2999])
    func addedTokenIdsMustMatchTheVocabulary(badId: Int) throws {
        var json = try Self.bertJSON()
        var added = try #require(json["added_tokens"] as? [[String: Any]])
        // A new token's id must be the next free one (3000); an existing token's must be its vocab id.
        added.append(["id": badId, "content": "<new>", "single_word": false, "lstrip": false, "rstrip": false,
                      "normalized": false, "special": true])
        json["added_tokens"] = added
        let error = Self.loadError(json)
        #expect(error != nil)
        added[added.count - 1]["id"] = 3000
        json["added_tokens"] = added
        let tokenizer = try Self.load(json)
        #expect(tokenizer.vocabularySize == 3001)
        #expect(try tokenizer.encode("a<new>b", addSpecialTokens: false).tokens.contains("<new>"))
    }

    @Test(arguments: [
        "", "{", "not json", "[1, 2]", "{\"model\": {\"type\": \"WordPiece\", \"vocab\": {}}, \"model\": {}}",
        "{\"model\": \"\u{1}\"}", "{\"a\": \"\\ud800\"}",
    ])
    func invalidJSONIsRefused(text: String) {
        #expect(throws: TokenizerError.self) { try Tokenizer(jsonData: Data(text.utf8)) }
    }

    @Test(arguments: [100, 1_000, 100_000])
    func depthBombsAreRefused(depth: Int) {
        let arrays = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let objects = String(repeating: "{\"a\":", count: depth) + "1" + String(repeating: "}", count: depth)
        for bomb in [arrays, objects] {
            #expect(throws: TokenizerError.self) { try Tokenizer(jsonData: Data(("{\"model\": " + bomb + "}").utf8)) }
        }
    }

    @Test func depthBombInsideATaskIsRefused() async {
        let bomb = "{\"model\": " + String(repeating: "[", count: 100_000) + "}"
        let result = await Task.detached { () -> Bool in
            (try? Tokenizer(jsonData: Data(bomb.utf8))) == nil
        }.value
        #expect(result)
    }

    @Test func oversizedFileIsRefusedBeforeParsing() {
        let data = Data(count: Tokenizer.maximumFileSize + 1)
        #expect(throws: TokenizerError.fileTooLarge(bytes: Tokenizer.maximumFileSize + 1, limit: Tokenizer.maximumFileSize)) {
            try Tokenizer(jsonData: data)
        }
    }

    @Test func hugeVocabularyIdClaimIsRefused() {
        let json = "{\"model\": {\"type\": \"WordPiece\", \"unk_token\": \"[UNK]\", \"vocab\": {\"[UNK]\": 0, \"a\": 1099511627776}}}"
        if case .invalidVocabulary = (try? Tokenizer(jsonData: Data(json.utf8))).map({ _ in TokenizerError.invalidJSON("") }) ?? catchError(json) {
        } else {
            Issue.record("a sparse vocabulary with id 2^40 should be refused")
        }
    }

    private func catchError(_ json: String) -> TokenizerError {
        do {
            _ = try Tokenizer(jsonData: Data(json.utf8))
            return .invalidJSON("loaded")
        } catch let error as TokenizerError {
            return error
        } catch {
            return .invalidJSON("other error")
        }
    }

    @Test func missingModelIsAMissingField() {
        #expect(throws: TokenizerError.missingField(path: "tokenizer.model")) { try Tokenizer(jsonData: Data("{}".utf8)) }
    }

    @Test func mergeWithUnknownTokenIsRefused() throws {
        var json = try Self.gpt2JSON()
        var model = try #require(json["model"] as? [String: Any])
        model["merges"] = ["a b", "zz@ q"]
        json["model"] = model
        #expect(Self.loadError(json) == .mergeTokenNotInVocabulary(rank: 1, token: "zz@"))
        model["merges"] = ["a b c"]
        json["model"] = model
        #expect(Self.loadError(json) == .invalidField(path: "tokenizer.model.merges[0]", expected: "two tokens separated by one space"))
    }

    @Test func unsupportedBPEOptionsAreRefused() throws {
        var json = try Self.gpt2JSON()
        var model = try #require(json["model"] as? [String: Any])
        model["byte_fallback"] = true
        json["model"] = model
        #expect(Self.loadError(json) == .unsupportedOption(component: "BPE model", option: "byte_fallback: true"))
        model["byte_fallback"] = false
        model["dropout"] = 0.1
        json["model"] = model
        #expect(Self.loadError(json) == .unsupportedOption(component: "BPE model", option: "dropout 0.1"))
    }

    @Test func errorDescriptionsAreOneSentence() {
        let errors: [TokenizerError] = [
            .fileTooLarge(bytes: 2, limit: 1), .invalidJSON("x"), .missingField(path: "a.b"),
            .unsupportedComponent(kind: "normalizer", type: "Precompiled"), .idOutOfRange(context: "decode", id: -1, vocabularySize: 3),
            .truncationFailed("x"), .addedTokenIdMismatch(content: "<x>", fileId: 1, expectedId: 2),
        ]
        for error in errors {
            #expect(!error.description.isEmpty && !error.description.contains("\n"))
        }
        #expect(TokenizerError.unsupportedComponent(kind: "normalizer", type: "Precompiled").description == "unsupported normalizer type 'Precompiled'")
    }
}
