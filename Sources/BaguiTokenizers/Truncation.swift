/// Truncation settings, from the file's `truncation` or ``Tokenizer/withTruncation(maxLength:)``.
// tokenizers/src/utils/truncation.rs
public struct Truncation: Sendable, Equatable {
    /// Which sequence loses tokens when a pair is too long.
    public enum Strategy: String, Sendable {
        /// Remove from the longer sequence first (`LongestFirst`).
        case longestFirst = "LongestFirst"
        /// Only truncate the first sequence (`OnlyFirst`).
        case onlyFirst = "OnlyFirst"
        /// Only truncate the second sequence (`OnlySecond`).
        case onlySecond = "OnlySecond"
    }

    /// Which end loses tokens.
    public enum Direction: String, Sendable {
        /// Keep the beginning.
        case right = "Right"
        /// Keep the end.
        case left = "Left"
    }

    /// The maximum number of tokens, special tokens included.
    public var maxLength: Int
    /// How a pair is shortened.
    public var strategy: Strategy
    /// Which end is cut.
    public var direction: Direction
    /// Read from the file but unused: the stride only shapes Python's overflowing encodings, which
    /// Bagui does not produce; the main encoding is the same for every stride.
    public var stride: Int

    /// Creates truncation settings.
    public init(maxLength: Int, strategy: Strategy = .longestFirst, direction: Direction = .right, stride: Int = 0) {
        self.maxLength = maxLength
        self.strategy = strategy
        self.direction = direction
        self.stride = stride
    }

    init(_ node: ConfigNode) throws(TokenizerError) {
        let maxLength = try node.require("max_length").int()
        guard maxLength >= 0 else { throw .invalidField(path: node.path + ".max_length", expected: "a non-negative integer") }
        let strategyName = try node.string("strategy", default: "LongestFirst")
        guard let strategy = Strategy(rawValue: strategyName) else {
            throw .invalidField(path: node.path + ".strategy", expected: "LongestFirst, OnlyFirst or OnlySecond")
        }
        let directionName = try node.string("direction", default: "Right")
        guard let direction = Direction(rawValue: directionName) else {
            throw .invalidField(path: node.path + ".direction", expected: "Right or Left")
        }
        self.init(maxLength: maxLength, strategy: strategy, direction: direction, stride: try node.int("stride", default: 0))
    }

    /// Shortens `first` (and `second`) so together they hold at most `maxLength` tokens
    /// (`truncate_encodings`).
    func truncate(_ first: inout Encoding, _ second: inout Encoding?, maxLength: Int) throws(TokenizerError) {
        if maxLength == 0 {
            first.truncate(to: 0, direction: direction)
            second?.truncate(to: 0, direction: direction)
            return
        }
        let total = first.count + (second?.count ?? 0)
        guard total > maxLength else { return }
        let toRemove = total - maxLength
        switch strategy {
        case .longestFirst:
            guard var other = second else {
                first.truncate(to: total - toRemove, direction: direction)
                return
            }
            var n1 = first.count
            var n2 = other.count
            let swap = n1 > n2
            if swap { (n1, n2) = (n2, n1) }
            n2 = n1 > maxLength ? n1 : max(n1, maxLength - n1)
            if n1 + n2 > maxLength {
                n1 = maxLength / 2
                n2 = n1 + maxLength % 2
            }
            if swap { (n1, n2) = (n2, n1) }
            first.truncate(to: n1, direction: direction)
            other.truncate(to: n2, direction: direction)
            second = other
        case .onlyFirst:
            guard first.count > toRemove else { throw .truncationFailed("the first sequence is too short to respect max_length \(maxLength)") }
            first.truncate(to: first.count - toRemove, direction: direction)
        case .onlySecond:
            guard var other = second else { throw .truncationFailed("only_second needs a second sequence") }
            guard other.count > toRemove else { throw .truncationFailed("the second sequence is too short to respect max_length \(maxLength)") }
            other.truncate(to: other.count - toRemove, direction: direction)
            second = other
        }
    }
}
