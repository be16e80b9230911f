import Testing

@testable import BaguiTokenizers

/// Spot checks of the generated character classes against behaviour observed in Python tokenizers.
@Suite struct UnicodeTablesTests {
    let tables = UnicodeTables.shared

    @Test func whitespaceAndWordClasses() {
        #expect(tables.flags(" ").contains([.whitespace, .regexSpace]))
        #expect(!tables.flags(" ").contains(.word))
        #expect(tables.flags("\u{A0}").contains([.whitespace, .regexSpace]))
        #expect(!tables.flags("\u{200B}").contains(.whitespace))
        #expect(tables.flags("a").contains([.letter, .word]))
        #expect(tables.flags("_").contains(.word) && !tables.flags("_").contains(.letter))
        #expect(tables.flags("\u{0E51}").contains([.number, .numeric]))
    }

    @Test func markClassesDifferBetweenStripAccentsAndBert() {
        // U+093F DEVANAGARI VOWEL SIGN I is Mc: StripAccents drops it, BertNormalizer keeps it.
        #expect(tables.flags("\u{093F}").contains(.combiningMark))
        #expect(!tables.flags("\u{093F}").contains(.nonspacingMark))
        #expect(tables.flags("\u{301}").contains([.combiningMark, .nonspacingMark]))
    }

    @Test func bertCleanTextClasses() {
        #expect(tables.flags("\u{0}").contains(.bertRemoved))
        #expect(tables.flags("\u{FFFD}").contains(.bertRemoved))
        #expect(tables.flags("\u{200B}").contains(.bertRemoved))
        #expect(!tables.flags("\t").contains(.bertRemoved))
        #expect(!tables.flags("\u{1F970}").contains(.bertRemoved))  // newer emoji survive
        #expect(tables.flags("$").contains(.punctuation) && tables.flags("\u{3002}").contains(.punctuation))
    }

    @Test func lowercaseFollowsRustCharToLowercase() {
        var out: [Unicode.Scalar] = []
        for scalar in "AÉİΣ".unicodeScalars { tables.appendLowercase(scalar, to: &out) }
        #expect(out == Array("aéi\u{307}σ".unicodeScalars))
        #expect(isChineseCharacter("中") && !isChineseCharacter("の"))
    }

    @Test(arguments: [
        ("Hello world", ["Hello", " world"]),
        ("  a", [" ", " a"]),
        ("I'm here", ["I", "'m", " here"]),
        ("a  \n", ["a", "  \n"]),
        ("x\t\ty", ["x", "\t", "\t", "y"]),
        ("it's 2024!!", ["it", "'s", " 2024", "!!"]),
        (" 's", [" '", "s"]),
    ])
    func gpt2Pattern(text: String, expected: [String]) {
        let scalars = Array(text.unicodeScalars)
        var ranges: [Range<Int>] = []
        scalars.withUnsafeBufferPointer { GPT2Pattern.split($0, into: &ranges) }
        #expect(ranges.map { makeString(scalars[$0]) } == expected)
    }
}
