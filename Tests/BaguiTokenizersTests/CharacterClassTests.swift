import Foundation
import Testing

@testable import BaguiTokenizers

/// The one regex form Split runs: a single bracket class (Sources/BaguiTokenizers/Pipeline/CharacterClass.swift).
/// Parity of whole tokenizers that use it is in ParityTests (`class-split`, `bagui-text`).
@Suite struct CharacterClassTests {
    @Test func literalsRangesAndEscapesParse() throws {
        let thaiAndHan = try #require(CharacterClass(regex: "[\u{0E00}-\u{0E7F}\\u4E00-\\u9FFF]"))
        #expect(thaiAndHan.ranges == [0x0E00...0x0E7F, 0x4E00...0x9FFF])
        #expect(!thaiAndHan.negated)
        #expect(thaiAndHan.contains("อ") && thaiAndHan.contains("甘"))
        #expect(!thaiAndHan.contains("a") && !thaiAndHan.contains("ア"))

        let escapes = try #require(CharacterClass(regex: "[\\t\\n\\x41\\x{1F600}\\-\\]\\\\.]"))
        #expect(escapes.ranges == [0x09...0x09, 0x0A...0x0A, 0x41...0x41, 0x1F600...0x1F600, 0x2D...0x2D, 0x5D...0x5D, 0x5C...0x5C, 0x2E...0x2E])

        // A leading or trailing '-' is a literal, as in Oniguruma.
        #expect(CharacterClass(regex: "[-a]")?.ranges == [0x2D...0x2D, 0x61...0x61])
        #expect(CharacterClass(regex: "[a-]")?.ranges == [0x61...0x61, 0x2D...0x2D])
    }

    @Test func negationInvertsMembership() throws {
        let notDigits = try #require(CharacterClass(regex: "[^0-9]"))
        #expect(notDigits.negated)
        #expect(notDigits.contains("x") && notDigits.contains("甘"))
        #expect(!notDigits.contains("7"))
    }

    @Test func matchesAreOneScalarEach() {
        let han = CharacterClass(regex: "[\\u4E00-\\u9FFF]")!
        let text = Array("ab甘蔗c".unicodeScalars)
        let matches = text.withUnsafeBufferPointer { classMatches($0, 0..<text.count, pattern: han) }
        #expect(matches.map(\.range) == [0..<2, 2..<3, 3..<4, 4..<5])
        #expect(matches.map(\.isMatch) == [false, true, true, false])
        let empty = text.withUnsafeBufferPointer { classMatches($0, 2..<2, pattern: han) }
        #expect(empty.map(\.range) == [2..<2])
    }

    @Test func splitRemovesClassMembersAndStaysLinear() throws {
        var json = try LoaderTests.bertJSON()
        json["pre_tokenizer"] = ["type": "Split", "pattern": ["Regex": "[a-c]"], "behavior": "Removed", "invert": false]
        json["post_processor"] = NSNull()
        let tokenizer = try LoaderTests.load(json)
        // The B1 ReDoS input: a class is matched one scalar at a time.
        #expect(try tokenizer.encode(String(repeating: "a", count: 30) + "bd").tokens == ["d"])
    }
}
