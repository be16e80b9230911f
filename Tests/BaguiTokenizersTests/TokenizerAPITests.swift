import Foundation
import Testing

@testable import BaguiTokenizers

/// The public API others code against, on all-MiniLM-L6-v2 and the BPE fixtures.
@Suite struct TokenizerAPITests {
    @Test func miniLMBasics() throws {
        let tokenizer = try Fixtures.tokenizer("all-MiniLM-L6-v2")
        #expect(tokenizer.vocabularySize == 30522)
        #expect(tokenizer.modelKind == "WordPiece")
        #expect(tokenizer.id(forToken: "[CLS]") == 101)
        #expect(tokenizer.token(forId: 102) == "[SEP]")
        #expect(tokenizer.token(forId: 30522) == nil)
        #expect(tokenizer.padTokenId == 0)
        #expect(tokenizer.truncation?.maxLength == 128)
        // The example from the style guide, pinned to the Python reference.
        #expect(try tokenizer.encode("Hello, world!").ids == [101, 7592, 1010, 2088, 999, 102])
        #expect(try tokenizer.encode("Hello, world!", addSpecialTokens: false).ids == [7592, 1010, 2088, 999])
    }

    @Test func bpeBasics() throws {
        let tokenizer = try Fixtures.tokenizer("roberta")
        #expect(tokenizer.modelKind == "BPE")
        #expect(tokenizer.id(forToken: "<mask>") == 4)
        #expect(tokenizer.padTokenId == nil)
    }

    @Test func tokenLookupComparesBytesNotCanonicalEquivalence() throws {
        // Swift `String ==` would call these equal; the Rust HashMap (and so Bagui) does not.
        let json = #"{"model": {"type": "WordPiece", "unk_token": "[UNK]", "vocab": {"[UNK]": 0, "\u00e9": 1, "e": 2}}, "normalizer": null}"#
        let tokenizer = try Tokenizer(jsonData: Data(json.utf8))
        #expect(tokenizer.id(forToken: "\u{E9}") == 1)
        #expect(tokenizer.id(forToken: "e\u{301}") == nil)
        #expect(try tokenizer.encode("\u{E9}").ids == [1])
        #expect(try tokenizer.encode("e\u{301}").ids == [0])
    }

    @Test func decodeRefusesIdsOutsideTheVocabulary() throws {
        let tokenizer = try Fixtures.tokenizer("all-MiniLM-L6-v2")
        for bad in [-1, 30522, 1 << 40] {
            #expect(throws: TokenizerError.idOutOfRange(context: "decode", id: bad, vocabularySize: 30522)) {
                try tokenizer.decode([101, bad])
            }
        }
    }

    @Test func byteLevelRoundTripsArbitraryText() throws {
        // GPT-2 style without prefix space is lossless on any valid Unicode text (trust matrix B7).
        let tokenizer = try Fixtures.tokenizer("gpt2").withTruncation(maxLength: 1 << 20)
        var generator = SplitMix64(seed: 42)
        let alphabet: [Unicode.Scalar] = ["a", " ", "\n", "\t", "'", "!", "7", "\u{0}", "\u{E9}", "\u{301}", "\u{200D}", "\u{FEFF}",
                                          "\u{0E01}", "\u{1F44D}", "\u{1F3FD}", "\u{202E}", "\u{4E2D}", "\u{10FFFF}", "\u{A0}"]
        for _ in 0..<200 {
            let length = Int(generator.next() % 40)
            let text = makeString((0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
            let encoding = try tokenizer.encode(text, addSpecialTokens: false)
            #expect(sameBytes(try tokenizer.decode(encoding.ids), text), "round trip of \(visible(text))")
        }
    }

    @Test func hostileTextIsDeterministic() throws {
        let tokenizer = try Fixtures.tokenizer("all-MiniLM-L6-v2")
        let inputs = [
            String(repeating: "\u{301}", count: 100_000), "\u{202E}abc\u{202C}", "a\u{0}b\u{0}c",
            "தமிழ் 中文 Bahasa Melayu", String(repeating: "x", count: 10_000),
        ]
        for text in inputs {
            let first = try tokenizer.encode(text)
            #expect(first == (try tokenizer.encode(text)))
            #expect(first.ids.count <= 128 && first.ids.first == 101 && first.ids.last == 102)
        }
    }

    @Test func concurrentEncodingAgreesWithSerial() async throws {
        let tokenizer = try Fixtures.tokenizer("roberta")
        let lines = Array(Fixtures.corpus.prefix(64))
        let serial = try lines.map { try tokenizer.encode($0).ids }
        let parallel = try await withThrowingTaskGroup(of: (Int, [Int]).self) { group in
            for (i, line) in lines.enumerated() { group.addTask { (i, try tokenizer.encode(line).ids) } }
            var result = [[Int]](repeating: [], count: lines.count)
            for try await (i, ids) in group { result[i] = ids }
            return result
        }
        #expect(parallel == serial)
    }

    @Test func paddingIsAppliedOnlyWhenAsked() throws {
        let tokenizer = try Fixtures.tokenizer("all-MiniLM-L6-v2")
        let encoding = try tokenizer.encode("short text")
        #expect(encoding.count == 4)
        let padded = tokenizer.pad(encoding)
        #expect(padded.count == 128)
        #expect(Array(padded.ids.prefix(4)) == encoding.ids && padded.ids.last == 0)
        #expect(padded.attentionMask.reduce(0, +) == 4)
        #expect(padded.tokens.last == "[PAD]")
        #expect(tokenizer.pad(encoding, toLength: 6).ids == encoding.ids + [0, 0])
    }
}

/// A tiny deterministic generator for property tests.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
