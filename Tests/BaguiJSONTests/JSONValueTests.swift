import Foundation
import Testing

@testable import BaguiJSON

@Suite("JSONValue accessors and equality")
struct JSONValueTests {
    @Test("each accessor answers only for its own kind")
    func accessors() {
        let values: [JSONValue] = [.null, .bool(true), .number("1"), .string("s"), .array([.null]), .object(JSONObject())]
        #expect(values.map(\.isNull) == [true, false, false, false, false, false])
        #expect(values.map { $0.bool != nil } == [false, true, false, false, false, false])
        #expect(values.map { $0.double != nil } == [false, false, true, false, false, false])
        #expect(values.map { $0.string != nil } == [false, false, false, true, false, false])
        #expect(values.map { $0.array != nil } == [false, false, false, false, true, false])
        #expect(values.map { $0.object != nil } == [false, false, false, false, false, true])
        #expect(values.map(\.kindDescription) == ["null", "a boolean", "a number", "a string", "an array", "an object"])
        #expect(values.allSatisfy { $0 == $0 })
        for (i, a) in values.enumerated() {
            for (j, b) in values.enumerated() where i != j { #expect(a != b) }
        }
    }

    @Test("strings are equal only when their scalars are identical")
    func stringEquality() {
        #expect(JSONValue.string("\u{E9}") == .string("\u{E9}"))
        #expect(JSONValue.string("\u{E9}") != .string("e\u{301}"))
        #expect(JSONValue.array([.string("\u{212B}")]) != .array([.string("\u{C5}")]))
        #expect(JSONValue.string("a") != .string("ab"))
    }

    @Test("arrays compare element by element, in order")
    func arrayEquality() {
        #expect(JSONValue.array([.number("1"), .null]) == .array([.number("1"), .null]))
        #expect(JSONValue.array([.number("1"), .null]) != .array([.null, .number("1")]))
        #expect(JSONValue.array([.number("1")]) != .array([.number("1"), .number("1")]))
    }
}

@Suite("JSONObject: keys compared by exact UTF-8 bytes")
struct JSONObjectTests {
    @Test("insert keeps document order and refuses a key already present without changing anything")
    func insert() {
        var object = JSONObject()
        let inserted = [object.insert("b", .number("1")), object.insert("a", .number("2")), object.insert("b", .number("3"))]
        #expect(inserted == [true, true, false])
        #expect(object.keys == ["b", "a"])
        #expect(object.count == 2)
        #expect(object["b"] == .number("1"))
        #expect(object.members.map(\.value) == [.number("1"), .number("2")])
    }

    @Test("precomposed and decomposed forms are two keys with their own values")
    func canonicalEquivalentsAreDistinct() {
        var object = JSONObject()
        let keys = ["\u{E9}", "e\u{301}", "\u{212B}", "\u{C5}", "A\u{30A}"]
        let inserted = keys.enumerated().map { object.insert($1, .number("\($0 + 1)")) }
        #expect(inserted == [true, true, true, true, true])
        #expect(object.count == 5)
        #expect(object["\u{E9}"] == .number("1"))
        #expect(object["e\u{301}"] == .number("2"))
        #expect(object["\u{212B}"] == .number("3"))
        #expect(object["\u{C5}"] == .number("4"))
        #expect(object["A\u{30A}"] == .number("5"))
        let again = object.insert("e\u{301}", .null)
        #expect(!again)
        #expect(object.count == 5)
    }

    @Test("lookup of a canonically equivalent key that is not present finds nothing")
    func lookupDoesNotNormalise() {
        var object = JSONObject()
        object.insert("caf\u{E9}", .number("1"))
        #expect(object["cafe\u{301}"] == nil)
        #expect(JSONValue.object(object)["cafe\u{301}"] == nil)
        #expect(object["caf\u{E9}"] == .number("1"))
    }

    @Test("keys that are bridged or substrings behave like native ones")
    func nonNativeKeys() {
        var object = JSONObject()
        let long = "prefix-\u{E9}-suffix"
        object.insert(String(long.dropFirst(7).dropLast(7)), .number("1"))
        #expect(object["\u{E9}"] == .number("1"))
        #expect(object[String(Substring("e\u{301}"))] == nil)
        #expect(object[NSString(string: "\u{E9}") as String] == .number("1"))
        #expect(object[NSString(string: "e\u{301}") as String] == nil)
    }

    @Test("equality needs the same keys byte for byte, the same values, in the same order")
    func equality() {
        var a = JSONObject(), b = JSONObject(), c = JSONObject(), d = JSONObject()
        a.insert("x", .number("1")); a.insert("\u{E9}", .null)
        b.insert("x", .number("1")); b.insert("\u{E9}", .null)
        c.insert("x", .number("1")); c.insert("e\u{301}", .null)
        d.insert("\u{E9}", .null); d.insert("x", .number("1"))
        #expect(a == b)
        #expect(a != c)
        #expect(a != d)
        #expect(JSONValue.object(a) != .object(c))
        #expect(JSONObject() == JSONObject())
    }

    @Test("250 000 keys with both normalisation forms parse and look up exactly")
    func largeVocabulary() throws {
        // A tokenizer.json-sized vocabulary. The release bound is loose on purpose: it catches quadratic
        // behaviour (minutes at this size), not small regressions. Measured 0.6–0.9 s on the shared
        // 2-core machine at a load average of 13, where inserting 250k Strings into a plain
        // [String: Int] alone took 0.5 s; far less on an idle machine.
        let count = 250_000
        var text = "{"
        text.reserveCapacity(count * 24)
        for i in 0..<count {
            if i > 0 { text += "," }
            switch i % 4 {
            case 0: text += "\"tok\(i)\":\(i)"
            case 1: text += "\"\u{E9}\(i)\":\(i)"
            case 2: text += "\"e\u{301}\(i - 1)\":\(i)"   // canonically equivalent to the previous key
            default: text += "\"\\u00e9\\u4e2d\(i)\":\(i)"
            }
        }
        text += "}"
        let bytes = Array(text.utf8)
        let start = ContinuousClock.now
        let object = try #require(try StrictJSONParser.parse(bytes).object)
        let elapsed = ContinuousClock.now - start
        #expect(object.count == count)
        for i in stride(from: 1, to: count, by: 4) {
            guard object["\u{E9}\(i)"]?.int == i, object["e\u{301}\(i)"]?.int == i + 1 else {
                Issue.record("key \(i) or its decomposed twin looked up the wrong value")
                break
            }
        }
        #expect(object["\u{E9}\u{4E2D}3"]?.int == 3)
        #expect(object["tok0"]?.int == 0)
        #if DEBUG
        #expect(elapsed < .seconds(30), "\(elapsed) in a debug build")
        #else
        #expect(elapsed < .seconds(3), "\(elapsed) in a release build")
        #endif
    }
}
