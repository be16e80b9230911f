import BaguiJSON
import BaguiTensor

/// The lexical half of a `bagui-text-classifier` that has one (config.json `"ngram"`): a linear
/// model over hashed character and word n-grams, as fastText's supervised classifier (Joulin et al.,
/// "Bag of Tricks for Efficient Text Classification", 2017) without its hidden layer. Its logits are
/// added to the encoder's, so one model carries both a word-piece view and a spelling view of the text.
///
/// Features of a text: fold it (``TextFolding``) and pad it with one space each side; every
/// character n-gram of the configured orders that is not all spaces, keyed `"<n>:<gram>"`; every
/// word n-gram of the configured orders, keyed `"w<n>:<words joined by a space>"`. A key's bucket
/// is `crc32(utf8(key)) % buckets`. Logits are the mean of the features' rows of `ngram.weight`
/// `[buckets, labels]` plus `ngram.bias` `[labels]`; a text without features gets the bias.
/// The Python reference is `NGramBag` in `Models/shared-text/textclf.py`.
public struct HashedNGramBag: Sendable {
    /// config.json's `"ngram"` section.
    public struct Config: Sendable, Equatable {
        /// Number of hash buckets (rows of `ngram.weight`).
        public let buckets: Int
        /// Character n-gram lengths, e.g. `[1, 2, 3, 4]`.
        public let charOrders: [Int]
        /// Word n-gram lengths, e.g. `[1, 2]`.
        public let wordOrders: [Int]

        /// The section `{"buckets": n, "charOrders": [...], "wordOrders": [...]}`.
        public init(json section: JSONValue) throws {
            func orders(_ key: String) throws -> [Int] {
                guard let list = section[key]?.array, list.allSatisfy({ $0.int != nil }) else {
                    throw ModelError.invalidConfig("ngram.\(key) must be a list of integers")
                }
                return list.compactMap(\.int)
            }
            guard let buckets = section["buckets"]?.int else { throw ModelError.invalidConfig("ngram.buckets must be an integer") }
            self.buckets = buckets
            charOrders = try orders("charOrders")
            wordOrders = try orders("wordOrders")
        }
    }

    /// The feature recipe.
    public let config: Config
    /// `[buckets, labels]`
    private let weight: Tensor
    /// `[labels]`
    private let bias: Tensor
    /// Number of labels.
    public let labelCount: Int

    /// Loads `ngram.weight` and `ngram.bias` from `scope` for `labels` labels.
    public init(_ scope: WeightScope, config: Config, labels: Int) throws {
        guard (1...(1 << 24)).contains(config.buckets) else { throw ModelError.invalidConfig("ngram.buckets must lie in 1…16777216") }
        guard !config.charOrders.isEmpty || !config.wordOrders.isEmpty,
              (config.charOrders + config.wordOrders).allSatisfy({ (1...8).contains($0) }) else {
            throw ModelError.invalidConfig("ngram.charOrders and ngram.wordOrders must list n-gram lengths in 1…8, not both empty")
        }
        self.config = config
        weight = try scope.tensor("weight", shape: [config.buckets, labels])
        bias = try scope.tensor("bias", shape: [labels])
        labelCount = labels
    }

    /// The buckets of `text`'s features, in feature order (repeats kept: each counts in the mean).
    /// Keys are hashed as they are read, without building strings: each n-gram's checksum continues
    /// from the state after its prefix (`"3:"`), over the UTF-8 bytes of its scalars.
    public func buckets(of text: String) -> [Int] {
        let padded: [Unicode.Scalar] = [" "] + TextFolding.scalars(text) + [" "]
        // every scalar's UTF-8 bytes in one buffer: scalar i is bytes[offsets[i]..<offsets[i + 1]]
        var bytes: [UInt8] = [], offsets = [0]
        bytes.reserveCapacity(padded.count * 3)
        offsets.reserveCapacity(padded.count + 1)
        for scalar in padded {
            UTF8.encode(scalar) { bytes.append($0) }
            offsets.append(bytes.count)
        }
        let space = Array(" ".utf8)
        var buckets: [Int] = []
        func add(_ state: UInt32) { buckets.append(Int(CRC32.finish(state) % UInt32(config.buckets))) }
        for n in config.charOrders where n <= padded.count {
            let prefix = CRC32.update(CRC32.start, with: "\(n):".utf8)
            for start in 0...(padded.count - n) where padded[start..<(start + n)].contains(where: { $0 != " " }) {
                var state = prefix
                state = CRC32.update(state, with: bytes[offsets[start]..<offsets[start + n]])
                add(state)
            }
        }
        // words: the runs between spaces, as ranges of `padded`
        var words: [Range<Int>] = []
        var wordStart: Int?
        for (i, scalar) in padded.enumerated() {
            if scalar == " " {
                if let s = wordStart { words.append(s..<i) }
                wordStart = nil
            } else if wordStart == nil {
                wordStart = i
            }
        }
        for n in config.wordOrders where n <= words.count {
            let prefix = CRC32.update(CRC32.start, with: "w\(n):".utf8)
            for first in 0...(words.count - n) {
                var state = prefix
                for (k, word) in words[first..<(first + n)].enumerated() {
                    if k > 0 { state = CRC32.update(state, with: space) }
                    state = CRC32.update(state, with: bytes[offsets[word.lowerBound]..<offsets[word.upperBound]])
                }
                add(state)
            }
        }
        return buckets
    }

    /// `[labels]` logits of `text`.
    public func logits(_ text: String) -> [Float] {
        let buckets = buckets(of: text)
        var out = [Float](repeating: 0, count: labelCount)
        let rows = weight.pointer
        for bucket in buckets {
            for label in 0..<labelCount { out[label] += rows[bucket * labelCount + label] }
        }
        let scale = buckets.isEmpty ? 0 : 1 / Float(buckets.count)
        for label in 0..<labelCount { out[label] = out[label] * scale + bias.pointer[label] }
        return out
    }
}
