import Foundation
import Testing

@testable import BaguiTokenizers

/// Parity with Python `tokenizers` 0.23.3 over the multilingual corpus, for every fixture tokenizer
/// and all-MiniLM-L6-v2 (references from Fixtures/make_references.py).
@Suite struct ParityTests {
    @Test func corpusAndReferencesAgree() throws {
        let references = try #require(Fixtures.references)
        #expect(references.tokenizers_version == "0.23.3")
        #expect(Fixtures.corpus.count >= 300)
        #expect(references.corpus_lines == Fixtures.corpus.count)
        #expect(Set(references.tokenizers.keys) == Set(Fixtures.allNames))
    }

    @Test(arguments: Fixtures.allNames)
    func encodeMatchesPython(name: String) throws {
        let tokenizer = try Fixtures.tokenizer(name)
        let references = try Fixtures.references(for: name)
        try #require(references.single.count == Fixtures.corpus.count)
        var failures: [String] = []
        for (index, (text, expected)) in zip(Fixtures.corpus, references.single).enumerated() {
            let encoding = try tokenizer.encode(text)
            if encoding.ids != expected.ids || !sameBytes(encoding.tokens, expected.tokens) || encoding.typeIds != expected.type_ids {
                failures.append("line \(index) \"\(visible(String(text.prefix(60))))\":\n  got      \(encoding.tokens)\n  expected \(expected.tokens)")
            }
            #expect(encoding.attentionMask == Array(repeating: 1, count: encoding.ids.count))
        }
        #expect(failures.isEmpty, "\(name): \(failures.count) of \(Fixtures.corpus.count) lines differ\n\(failures.prefix(5).joined(separator: "\n"))")
    }

    @Test(arguments: Fixtures.allNames)
    func decodeMatchesPython(name: String) throws {
        let tokenizer = try Fixtures.tokenizer(name)
        let references = try Fixtures.references(for: name)
        var failures: [String] = []
        for (index, expected) in references.single.enumerated() {
            let skipping = try tokenizer.decode(expected.ids)
            let keeping = try tokenizer.decode(expected.ids, skipSpecialTokens: false)
            if !sameBytes(skipping, expected.decoded) || !sameBytes(keeping, expected.decoded_with_special) {
                failures.append("line \(index): got \"\(visible(skipping))\" / \"\(visible(keeping))\"\n  expected \"\(visible(expected.decoded))\" / \"\(visible(expected.decoded_with_special))\"")
            }
        }
        #expect(failures.isEmpty, "\(name): \(failures.count) decodes differ\n\(failures.prefix(5).joined(separator: "\n"))")
    }

    @Test(arguments: Fixtures.allNames)
    func pairsMatchPython(name: String) throws {
        let tokenizer = try Fixtures.tokenizer(name)
        let references = try Fixtures.references(for: name)
        let corpus = Fixtures.corpus
        #expect(!references.pairs.isEmpty)
        for expected in references.pairs {
            let first = corpus[expected.index]
            let second = corpus[expected.index + 1]
            if expected.error != nil {
                #expect(throws: TokenizerError.self, "pair \(expected.index) should fail like Python: \(expected.error ?? "")") {
                    try tokenizer.encode(first, pair: second)
                }
                continue
            }
            let encoding = try tokenizer.encode(first, pair: second)
            #expect(encoding.ids == expected.ids, "pair \(expected.index) ids")
            #expect(sameBytes(encoding.tokens, expected.tokens ?? []), "pair \(expected.index) tokens \(encoding.tokens)")
            #expect(encoding.typeIds == expected.type_ids, "pair \(expected.index) type ids")
        }
    }

    @Test(arguments: Fixtures.allNames)
    func withoutSpecialTokensMatchesPython(name: String) throws {
        let tokenizer = try Fixtures.tokenizer(name)
        let references = try Fixtures.references(for: name)
        for expected in references.no_special_tokens {
            let encoding = try tokenizer.encode(Fixtures.corpus[expected.index], addSpecialTokens: false)
            #expect(encoding.ids == expected.ids, "line \(expected.index)")
            #expect(sameBytes(encoding.tokens, expected.tokens), "line \(expected.index): \(encoding.tokens)")
            #expect(encoding.typeIds == expected.type_ids, "line \(expected.index)")
        }
    }
}
