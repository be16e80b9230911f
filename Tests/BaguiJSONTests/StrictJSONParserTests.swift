import Foundation
import Testing

@testable import BaguiJSON

// MARK: - Valid documents

@Suite("StrictJSONParser: valid documents")
struct StrictJSONParserValidTests {
    @Test(
        "every kind of value parses at the top level, with whitespace around it",
        arguments: [
            ("null", JSONValue.null),
            ("true", .bool(true)),
            ("false", .bool(false)),
            ("0", .number("0")),
            ("-0", .number("-0")),
            ("\"\"", .string("")),
            ("\"x\"", .string("x")),
            ("[]", .array([])),
            ("{}", .object(JSONObject())),
            (" \t\r\n[ 1 , \"a\" ,null ]\n ", .array([.number("1"), .string("a"), .null])),
        ])
    func topLevelValues(text: String, expected: JSONValue) throws {
        #expect(try StrictJSONParser.parse(text) == expected)
    }

    @Test("a nested document keeps structure, values and key order")
    func nestedDocument() throws {
        let text = """
            {"z": 1, "a": [true, false, null, {"k": "v"}], "m": {"inner": [[], {}], "n": -2.5e-3}}
            """
        let value = try StrictJSONParser.parse(text)
        let object = try #require(value.object)
        #expect(object.keys == ["z", "a", "m"])
        #expect(object["z"] == .number("1"))
        let array = try #require(object["a"]?.array)
        #expect(array.count == 4)
        #expect(array[0].bool == true)
        #expect(array[1].bool == false)
        #expect(array[2].isNull)
        #expect(array[3]["k"]?.string == "v")
        #expect(value["m"]?["inner"]?.array?.count == 2)
        #expect(value["m"]?["n"] == .number("-2.5e-3"))
        #expect(value["missing"] == nil)
    }

    @Test("the bytes can come from a String, an Array or Data and give the same value")
    func inputKinds() throws {
        let text = #"{"a":[1,"é"]}"#
        let fromString = try StrictJSONParser.parse(text)
        #expect(try StrictJSONParser.parse(Array(text.utf8)) == fromString)
        #expect(try StrictJSONParser.parse(Data(text.utf8)) == fromString)
        #expect(try StrictJSONParser.parse(Array(text.utf8)[...]) == fromString)
    }

    @Test(
        "escapes decode to the right scalars",
        arguments: [
            (#""\"\\\/\b\f\n\r\t""#, "\"\\/\u{08}\u{0C}\n\r\t"),
            (#""\u0041\u00e9\u00E9\u4e2d""#, "Aéé中"),
            (#""a\u0000b""#, "a\u{0}b"),
            (#""\u001f\u007f""#, "\u{1F}\u{7F}"),
            (#""\ud83d\ude00""#, "😀"),
            (#""\uD83D\uDE00""#, "😀"),
            (#""\udbff\udfff""#, "\u{10FFFF}"),
            (#""\ud800\udc00""#, "\u{10000}"),
            (#""x\ud834\udd1ey""#, "x𝄞y"),
            (#""\uffff\ufffd""#, "\u{FFFF}\u{FFFD}"),
        ])
    func escapes(text: String, expected: String) throws {
        let string = try #require(try StrictJSONParser.parse(text).string)
        #expect(scalars(string) == scalars(expected))
    }

    @Test("raw UTF-8 of every length passes through unchanged, including U+10FFFF and noncharacters")
    func rawUTF8() throws {
        let text = "aé中😀\u{10FFFF}\u{FFFE}\u{202E}ஆ"
        let string = try #require(try StrictJSONParser.parse("\"\(text)\"").string)
        #expect(Array(string.utf8) == Array(text.utf8))
    }

    @Test("escapes mixed with raw UTF-8 keep both, in order")
    func escapesAndRawUTF8() throws {
        let string = try #require(try StrictJSONParser.parse(#""é\n中\u00e9😀\ud83d\ude00x""#).string)
        #expect(scalars(string) == scalars("é\n中\u{E9}😀😀x"))
        #expect(parseError(#"{"a\tb":1,"a\u0009b":2}"#) == .duplicateKey("a\tb"))
    }

    @Test("a combining sequence is kept as written, not normalised")
    func noNormalisation() throws {
        let decomposed = try #require(try StrictJSONParser.parse(#""e\u0301""#).string)
        #expect(scalars(decomposed) == [0x65, 0x301])
        let precomposed = try #require(try StrictJSONParser.parse(#""\u00e9""#).string)
        #expect(scalars(precomposed) == [0xE9])
        #expect(JSONValue.string(decomposed) != JSONValue.string(precomposed))
    }

    @Test("a megabyte of combining marks parses")
    func manyCombiningMarks() throws {
        let text = "a" + String(repeating: "\u{301}", count: 500_000)
        let string = try #require(try StrictJSONParser.parse("\"\(text)\"").string)
        #expect(string.unicodeScalars.count == 500_001)
    }
}

// MARK: - Numbers

@Suite("StrictJSONParser: numbers keep their exact text")
struct StrictJSONParserNumberTests {
    @Test(
        "the number's text is exactly the source text",
        arguments: [
            "0", "-0", "7", "-7", "1.5", "-1.5e-10", "1E+3", "1e3", "1.0", "0.000", "2E-0",
            "18446744073709551616", "123456789012345678901234567890.123456789e-7", "9007199254740993",
        ])
    func exactText(text: String) throws {
        #expect(try StrictJSONParser.parse(text) == .number(text))
        #expect(try StrictJSONParser.parse("[\(text)]") == .array([.number(text)]))
    }

    @Test(
        "int is exact for integers that fit",
        arguments: [
            ("0", 0), ("-0", 0), ("42", 42), ("-42", -42),
            ("9223372036854775807", Int.max), ("-9223372036854775808", Int.min),
        ])
    func intExact(text: String, expected: Int) throws {
        #expect(try StrictJSONParser.parse(text).int == expected)
    }

    @Test(
        "int is nil for fractions, exponents and overflow",
        arguments: [
            "1.0", "1e3", "1E3", "1e0", "-2.5", "0.0",
            "9223372036854775808", "-9223372036854775809", "18446744073709551616",
        ])
    func intNil(text: String) throws {
        let value = try StrictJSONParser.parse(text)
        #expect(value.int == nil)
        #expect(value.double != nil)
    }

    @Test("2^64 stays exact where a Double would round it")
    func bigIntegerStaysExact() throws {
        let value = try StrictJSONParser.parse(#"{"n": 18446744073709551616, "m": 9007199254740993}"#)
        #expect(value["n"] == .number("18446744073709551616"))
        #expect(value["m"] == .number("9007199254740993"))
        // The Double is 2^53 + 2 rounded down to 2^53; the text is not.
        #expect(value["m"]?.double == 9007199254740992)
    }

    @Test("numbers are compared by their text: 1.0 is not 1")
    func numbersCompareByText() throws {
        #expect(try StrictJSONParser.parse("1.0") != StrictJSONParser.parse("1"))
        #expect(try StrictJSONParser.parse("1e3").double == 1000)
    }

    @Test("non-numbers have no int or double")
    func nonNumbers() throws {
        #expect(JSONValue.string("1").int == nil)
        #expect(JSONValue.string("1").double == nil)
        #expect(JSONValue.bool(true).int == nil)
        #expect(JSONValue.null.double == nil)
    }
}

// MARK: - Syntax errors

@Suite("StrictJSONParser: syntax errors are refused")
struct StrictJSONParserSyntaxTests {
    @Test(
        "malformed structure and literals",
        arguments: [
            "", "   ", "\n",
            "[1,]", "{\"a\":1,}", "[,1]", "[1 2]", "[1,,2]", "{,}", "{\"a\" 1}", "{\"a\":}", "{\"a\"}",
            "{a:1}", "{'a':1}", "{1:1}", "{\"a\":1", "[1", "[", "{", "]", "}", "[1}", "{\"a\":1]",
            "tru", "nul", "fals", "True", "NULL", "nulll", "undefined", "NaN", "Infinity", "-Infinity",
            "'single'", "/* comment */ 1", "// comment\n1",
        ])
    func structure(text: String) {
        let error = parseError(text)
        #expect(error?.syntaxReason != nil, "\(text.debugDescription) gave \(String(describing: error))")
    }

    @Test(
        "malformed numbers",
        arguments: [
            "01", "-01", "00", "007", "-", "-a", "--1", "+1", ".5", "-.5", "1.", "1.e3", "1e", "1e+", "1E-",
            "1e1.5", "0x10", "1_000", "١", "[01]", "[-]", "{\"a\":.5}", "[1.]",
        ])
    func numbers(text: String) {
        let error = parseError(text)
        #expect(error?.syntaxReason != nil, "\(text.debugDescription) gave \(String(describing: error))")
    }

    @Test(
        "malformed strings: unterminated, raw control characters, bad escapes",
        arguments: [
            "\"abc", "\"abc\\", "\"abc\\\"", "\"", "[\"a]", "{\"a:1}",
            "\"a\tb\"", "\"a\nb\"", "\"a\rb\"", "\"\u{0}\"", "\"\u{1F}\"", "\"\u{8}\"",
            "\"\\x41\"", "\"\\U0041\"", "\"\\'\"", "\"\\a\"", "\"\\0\"", "\"\\ \"", "\"\\\n\"",
            "\"\\u\"", "\"\\u12\"", "\"\\u123\"", "\"\\u12G4\"", "\"\\u-123\"", "\"\\u 123\"", "\"\\u12",
        ])
    func strings(text: String) {
        let error = parseError(text)
        #expect(error?.syntaxReason != nil, "\(text.debugDescription) gave \(String(describing: error))")
    }

    @Test(
        "lone surrogate escapes, in both orders and with every wrong follower",
        arguments: [
            #""\ud800""#, #""\udbff""#, #""\udc00""#, #""\udfff""#,
            #""\udc00\ud800""#, #""\ude00\ud83d""#,
            #""\ud800x""#, #""\ud800\u0041""#, #""\ud800\ud800""#, #""\ud800\n""#, #""\ud800\""#,
            #""\ud800\udbff""#, #""\ud800\ue000""#, #""\ud800\u""#, #""a\udc00b""#,
            #"{"\ud800":1}"#,
        ])
    func loneSurrogates(text: String) {
        let error = parseError(text)
        #expect(error?.syntaxReason?.contains("surrogate") == true
                    || error?.syntaxReason?.contains("unicode escape") == true,
                "\(text) gave \(String(describing: error))")
    }

    @Test(
        "invalid UTF-8 inside a string: overlong, truncated, surrogate-encoded, out of range, stray bytes",
        arguments: [
            [0xC0, 0xAF], [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0xAF], [0xE0, 0x9F, 0xBF], [0xF0, 0x80, 0x80, 0xAF],
            [0xC3], [0xE4, 0xB8], [0xF0, 0x9F, 0x98], [0xC3, 0x41], [0xE4, 0x41, 0xAD],
            [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF], [0xED, 0xA0, 0xBD, 0xED, 0xB8, 0x80],
            [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80],
            [0x80], [0xBF], [0xFE], [0xFF], [0x61, 0x80, 0x62],
        ] as [[UInt8]])
    func invalidUTF8(bytes: [UInt8]) {
        let asValue = [0x22] + bytes + [0x22]
        #expect(parseError(bytes: asValue)?.syntaxReason == "invalid UTF-8 in a string", "\(bytes)")
        let asKey = Array("{\"".utf8) + bytes + Array("\":1}".utf8)
        #expect(parseError(bytes: asKey)?.syntaxReason == "invalid UTF-8 in a string", "\(bytes) as a key")
        // After an escape the parser copies the string instead of validating it in place.
        let afterEscape = Array("[\"\\n\u{E9}".utf8) + bytes + Array("\\u0041\"]".utf8)
        #expect(parseError(bytes: afterEscape)?.syntaxReason == "invalid UTF-8 in a string", "\(bytes) after an escape")
    }

    @Test("invalid UTF-8 outside a string and a byte order mark are refused")
    func bytesOutsideStrings() {
        #expect(parseError(bytes: [0xC3, 0xA9])?.syntaxReason != nil)
        #expect(parseError(bytes: [0x5B, 0xFF, 0x5D])?.syntaxReason != nil)
        #expect(parseError(bytes: [0xEF, 0xBB, 0xBF] + Array("{}".utf8))?.syntaxReason != nil)
    }

    @Test(
        "trailing content after the value",
        arguments: ["[1]x", "{} {}", "1 2", "[1]]", "{}}", "null garbage", "\"a\"\"b\"", "0 0", "true,", "[]\u{0}", "1/"])
    func trailingGarbage(text: String) {
        let error = parseError(text)
        #expect(error?.syntaxReason != nil, "\(text.debugDescription) gave \(String(describing: error))")
    }

    @Test(
        "the offset points at the offending byte",
        arguments: [
            ("[1,]", 3), ("{\"a\":1,}", 7), ("[1]x", 3), ("  01", 3), ("\"a\u{1}\"", 2), ("[1 2]", 3),
        ])
    func offsets(text: String, offset: Int) throws {
        let error = try #require(parseError(text))
        guard case let .syntax(_, actual) = error else {
            Issue.record("\(text.debugDescription) gave \(error), not a syntax error")
            return
        }
        #expect(actual == offset)
        #expect(error.description.hasPrefix("invalid JSON at byte \(offset): "))
    }
}

// MARK: - Duplicate keys

@Suite("StrictJSONParser: duplicate keys (trust matrix A5)")
struct StrictJSONParserDuplicateKeyTests {
    @Test(
        "a key repeated in one object is refused, naming the key",
        arguments: [
            (#"{"a":1,"a":2}"#, "a"),
            (#"{"a":1,"a":1}"#, "a"),
            (#"{"a":{"b":1},"a":{"b":1}}"#, "a"),
            (#"{"x":1,"b":{"c":1,"c":2}}"#, "c"),
            (#"[{"ok":1},{"deep":[{"k":1,"j":2,"k":3}]}]"#, "k"),
            (#"{"a":1,"\u0061":2}"#, "a"),
            (#"{"é":1,"\u00e9":2}"#, "é"),
            (#"{"":1,"":2}"#, ""),
            (#"{"😀":1,"\ud83d\ude00":2}"#, "😀"),
        ])
    func duplicates(text: String, key: String) {
        let error = parseError(text)
        #expect(error == .duplicateKey(key), "\(text) gave \(String(describing: error))")
        #expect(error?.description.contains("\"\(key)\"") == true)
    }

    @Test("the same key in different objects is fine")
    func sameKeyInSiblingObjects() throws {
        let value = try StrictJSONParser.parse(#"[{"x":1},{"x":2},{"y":{"x":3}}]"#)
        #expect(value.array?.count == 3)
        #expect(value.array?[2]["y"]?["x"] == .number("3"))
    }

    @Test(
        "canonically equivalent but different keys are two keys, as in serde_json",
        arguments: [
            (#"{"\u00e9":1,"e\u0301":2}"#, "\u{E9}", "e\u{301}"),
            ("{\"\u{E9}\":1,\"e\u{301}\":2}", "\u{E9}", "e\u{301}"),
            (#"{"\u00c5":1,"\u212b":2}"#, "\u{C5}", "\u{212B}"),
            (#"{"\uac00":1,"\u1100\u1161":2}"#, "\u{AC00}", "\u{1100}\u{1161}"),
            (#"{"q\u0307\u0323":1,"q\u0323\u0307":2}"#, "q\u{307}\u{323}", "q\u{323}\u{307}"),
        ])
    func canonicalEquivalents(text: String, first: String, second: String) throws {
        let object = try #require(try StrictJSONParser.parse(text).object)
        #expect(object.count == 2)
        #expect(object.keys.map(scalars) == [scalars(first), scalars(second)])
        #expect(object[first] == .number("1"))
        #expect(object[second] == .number("2"))
    }
}

// MARK: - Depth

/// Trust matrix B4: nesting is capped, refused cleanly at the cap, and never exhausts the stack.
@Suite("StrictJSONParser: nesting depth (trust matrix B4)")
struct StrictJSONParserDepthTests {
    static let defaultLimit = StrictJSONParser.Limits().maxDepth

    @Test("the default limit is 128")
    func defaultLimit() {
        #expect(Self.defaultLimit == 128)
    }

    @Test("depth 10 and 100 parse", arguments: [10, 100])
    func shallow(depth: Int) throws {
        let array = try StrictJSONParser.parse(nestedArrays(depth))
        var level = 1
        var current = array
        while let inner = current.array?.first { current = inner; level += 1 }
        #expect(level == depth)
        _ = try StrictJSONParser.parse(nestedObjects(depth))
    }

    @Test("exactly the limit parses; one more is refused", arguments: [1, 2, 64, 128, 500])
    func atTheLimit(limit: Int) throws {
        let limits = StrictJSONParser.Limits(maxDepth: limit)
        #expect(parseError(nestedArrays(limit), limits: limits) == nil)
        #expect(parseError(nestedObjects(limit), limits: limits) == nil)
        #expect(parseError(nestedArrays(limit + 1), limits: limits) == .depthExceeded(limit: limit))
        #expect(parseError(nestedObjects(limit + 1), limits: limits) == .depthExceeded(limit: limit))
    }

    @Test("scalars need no depth; a limit of 0 refuses any array or object")
    func zeroLimit() {
        let limits = StrictJSONParser.Limits(maxDepth: 0)
        #expect(parseError("1", limits: limits) == nil)
        #expect(parseError("[]", limits: limits) == .depthExceeded(limit: 0))
        #expect(parseError("{}", limits: limits) == .depthExceeded(limit: 0))
    }

    @Test("depth counts arrays and objects together")
    func mixedNesting() {
        let mixed = String(repeating: "[{\"a\":", count: 64) + "0" + String(repeating: "}]", count: 64)
        #expect(parseError(mixed) == nil)  // 128 levels
        #expect(parseError("[" + mixed + "]") == .depthExceeded(limit: 128))
    }

    @Test("depth 1 000 is refused with the default limit", arguments: [nestedArrays(1000), nestedObjects(1000)])
    func thousand(text: String) {
        #expect(parseError(text) == .depthExceeded(limit: Self.defaultLimit))
    }

    /// 100 000 levels, closed and unclosed, arrays and objects.
    static let hostile = [
        nestedArrays(100_000), nestedObjects(100_000),
        String(repeating: "[", count: 100_000), String(repeating: "{\"a\":", count: 100_000),
    ]

    /// Swift Testing on Linux runs `@MainActor` tests on the main actor but not on the process's main
    /// thread, so the main-thread case is `bagui inspect` on a 100 000-deep config.json (BaguiCLITests),
    /// and here a thread with a far smaller stack than the main thread's 8 MB stands in for it.
    @Test("100 000 levels on the main actor: depthExceeded, no stack overflow")
    @MainActor
    func hundredThousandOnMainActor() {
        for text in Self.hostile {
            #expect(parseError(text) == .depthExceeded(limit: Self.defaultLimit))
        }
    }

    @Test("100 000 levels on a thread with a 256 KB stack: depthExceeded, no stack overflow")
    func hundredThousandOnSmallStack() async {
        let errors = await withCheckedContinuation { (continuation: CheckedContinuation<[JSONError?], Never>) in
            let thread = Thread {
                continuation.resume(returning: Self.hostile.map { parseError($0) })
            }
            thread.stackSize = 256 << 10
            thread.start()
        }
        #expect(errors == Array(repeating: .depthExceeded(limit: Self.defaultLimit), count: Self.hostile.count))
    }

    @Test("100 000 levels inside a Task: depthExceeded, no stack overflow")
    func hundredThousandInTask() async {
        let errors = await Task.detached {
            Self.hostile.map { parseError($0) }
        }.value
        #expect(errors == Array(repeating: .depthExceeded(limit: Self.defaultLimit), count: Self.hostile.count))
        let inTask = await Task { parseError(nestedObjects(100_000)) }.value
        #expect(inTask == .depthExceeded(limit: Self.defaultLimit))
    }

    @Test("the error reads as a sentence with the limit")
    func description() {
        #expect(JSONError.depthExceeded(limit: 128).description == "invalid JSON: nested deeper than 128 levels")
    }
}
