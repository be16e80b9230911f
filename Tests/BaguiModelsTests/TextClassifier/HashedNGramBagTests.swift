@testable import BaguiModels
import BaguiJSON
import BaguiTensor
import Foundation
import Testing

/// The n-gram bag of `bagui-text-classifier` reproduces the recipe's `ngram_buckets` (Python, zlib.crc32)
/// bucket for bucket, and refuses malformed sections. Expected buckets were printed by
/// `Models/shared-text/textclf.py`'s `ngram_buckets` for the same texts and spec.
@Suite("hashed n-gram bag")
struct HashedNGramBagTests {
    static func section(_ json: String) throws -> JSONValue { try StrictJSONParser.parse(Data(json.utf8)) }
    static let spec = #"{"buckets": 131072, "charOrders": [1, 2, 3, 4], "wordOrders": [1, 2]}"#

    /// A bag over `buckets` rows for 2 labels: row b is `[b, 1]`, bias `[0.5, -0.5]`.
    static func bag(buckets: Int = 131_072, section json: String = spec) throws -> HashedNGramBag {
        let rows: [Float] = (0..<buckets).flatMap { [Float($0), 1] }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ngram-\(UUID().uuidString).safetensors")
        try SafeTensorsWriter.write([.init(name: "ngram.weight", shape: [buckets, 2], floats: rows),
                                     .init(name: "ngram.bias", shape: [2], floats: [0.5, -0.5])], to: url.path)
        defer { try? FileManager.default.removeItem(at: url) }
        let store = WeightStore(file: try SafeTensorsFile(path: url.path))
        return try HashedNGramBag(store.scope("ngram"), config: .init(json: section(json)), labels: 2)
    }

    @Test("CRC-32 is zlib's")
    func crc() {
        #expect(CRC32.checksum("123456789".utf8) == 0xCBF4_3926)
        #expect(CRC32.checksum("".utf8) == 0)
        #expect(CRC32.checksum("1:甘".utf8) == 2_191_649_955)
        #expect(CRC32.checksum("w2:gula darah".utf8) == 1_506_846_468)
    }

    @Test("features and buckets match the Python recipe", arguments: [
        ("Ab", [55554, 100536, 129564, 54754, 108189, 12796, 107892, 25595, 93906]),
        ("胸口  痛", [4032, 6771, 126682, 31026, 73776, 99703, 104488, 975, 118741, 18570, 86781, 53139, 101800, 37216, 88527, 82440, 34077, 118449]),
        ("", []),
    ])
    func buckets(text: String, expected: [Int]) throws {
        #expect(try Self.bag().buckets(of: text) == expected)
    }

    @Test("full-width letters and ideographic spaces fold as NFKC and Python's split do")
    func folding() throws {
        let buckets = try Self.bag().buckets(of: "ＧＵＬＡ darah\u{3000}tinggi")
        #expect(buckets.count == 71)
        #expect(buckets.prefix(8) == [97335, 3455, 107967, 55554, 11661, 55554, 39132, 55554])
        #expect(buckets.suffix(3) == [77999, 42756, 107260])
    }

    @Test("logits are the mean of the features' rows plus the bias; no features leaves the bias")
    func logits() throws {
        let bag = try Self.bag(buckets: 16, section: #"{"buckets": 16, "charOrders": [1, 2, 3, 4], "wordOrders": [1, 2]}"#)
        let buckets = [2, 8, 12, 2, 13, 12, 4, 11, 2]  // ngram_buckets("Ab", buckets 16)
        #expect(bag.buckets(of: "Ab") == buckets)
        let logits = bag.logits("Ab")
        #expect(abs(logits[0] - (Float(buckets.reduce(0, +)) / 9 + 0.5)) < 1e-5 && abs(logits[1] - 0.5) < 1e-6)
        #expect(bag.logits("   ") == [0.5, -0.5])
    }

    @Test("malformed ngram sections are typed errors", arguments: [
        #"{"buckets": 0, "charOrders": [1], "wordOrders": []}"#,
        #"{"buckets": 16, "charOrders": [9], "wordOrders": []}"#,
        #"{"buckets": 16, "charOrders": [], "wordOrders": []}"#,
        #"{"buckets": "many", "charOrders": [1], "wordOrders": []}"#,
        #"{"buckets": 16, "charOrders": "1-4", "wordOrders": []}"#,
        #"{"buckets": 16, "charOrders": [1]}"#,
    ])
    func malformed(section: String) {
        #expect(throws: ModelError.self) { try Self.bag(buckets: 16, section: section) }
    }

    @Test("a weight of the wrong shape is refused")
    func wrongShape() {
        #expect(throws: (any Error).self) { try Self.bag(buckets: 16) }  // the section says 131,072 rows
    }
}
