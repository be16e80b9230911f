import Testing

@testable import BaguiTokenizers

/// Truncation from the file and from ``Tokenizer/withTruncation(maxLength:)`` (tokenizers/src/utils/truncation.rs).
@Suite struct TruncationTests {
    static let longText = Array(repeating: "The committee met again to discuss the budget.", count: 40).joined(separator: " ")

    @Test func fileTruncationLimitsMiniLMTo128() throws {
        let tokenizer = try Fixtures.tokenizer("all-MiniLM-L6-v2")
        let encoding = try tokenizer.encode(Self.longText)
        #expect(encoding.count == 128)
        #expect(encoding.ids.first == 101 && encoding.ids.last == 102)
        let plain = try tokenizer.encode(Self.longText, addSpecialTokens: false)
        #expect(plain.count == 128)
        #expect(Array(encoding.ids[1..<127]) == Array(plain.ids.prefix(126)))
    }

    @Test func withTruncationOverridesAndLeavesOriginalAlone() throws {
        let tokenizer = try Fixtures.tokenizer("all-MiniLM-L6-v2")
        let short = tokenizer.withTruncation(maxLength: 16)
        #expect(short.truncation == Truncation(maxLength: 16))
        let encoding = try short.encode(Self.longText)
        #expect(encoding.count == 16 && encoding.ids.last == 102)
        #expect(try tokenizer.encode(Self.longText).count == 128)
        #expect(try short.encode("tiny").count == 3)
    }

    @Test func withTruncationOnAFileWithoutTruncation() throws {
        let tokenizer = try Fixtures.tokenizer("bert-cased")
        #expect(tokenizer.truncation == nil)
        #expect(try tokenizer.encode(Self.longText).count > 300)
        #expect(try tokenizer.withTruncation(maxLength: 10).encode(Self.longText).count == 10)
    }

    @Test func leftDirectionKeepsTheEnd() throws {
        let tokenizer = try Fixtures.tokenizer("gpt2")  // OnlyFirst, Left, 48
        #expect(tokenizer.truncation == Truncation(maxLength: 48, strategy: .onlyFirst, direction: .left))
        let full = try tokenizer.withTruncation(maxLength: 100_000).encode(Self.longText)
        let cut = try tokenizer.encode(Self.longText)
        #expect(cut.count == 48)
        #expect(cut.ids.first == 0)  // <|endoftext|> is added after truncation
        #expect(Array(cut.ids.dropFirst()) == Array(full.ids.suffix(47)))
    }

    @Test func longestFirstSplitsAPair() throws {
        let tokenizer = try Fixtures.tokenizer("all-MiniLM-L6-v2").withTruncation(maxLength: 21)
        let encoding = try tokenizer.encode(Self.longText, pair: Self.longText)
        // 21 - 3 specials = 18: 9 from each sequence.
        #expect(encoding.count == 21)
        #expect(encoding.typeIds == Array(repeating: 0, count: 11) + Array(repeating: 1, count: 10))
        let short = try tokenizer.encode("one two", pair: Self.longText)
        #expect(short.count == 21)
        #expect(short.typeIds.filter { $0 == 0 }.count == 4)  // [CLS] one two [SEP]
    }

    @Test func impossibleTruncationIsAnError() throws {
        let tokenizer = try Fixtures.tokenizer("all-MiniLM-L6-v2").withTruncation(maxLength: 1)
        #expect(throws: TokenizerError.self) { try tokenizer.encode("hello") }
        #expect(try tokenizer.encode("hello world", addSpecialTokens: false).count == 1)
        let onlyFirst = try Fixtures.tokenizer("gpt2").withTruncation(maxLength: 8)
        #expect(throws: TokenizerError.self) { try onlyFirst.encode("hi", pair: Self.longText) }
    }

    @Test func zeroMaxLengthEmptiesTheSequences() throws {
        let tokenizer = try Fixtures.tokenizer("roberta").withTruncation(maxLength: 0)
        #expect(try tokenizer.encode("hello there", addSpecialTokens: false).ids.isEmpty)
    }
}
