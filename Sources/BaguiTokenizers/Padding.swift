/// Padding settings read from the file's `padding`. Never applied by `encode`; call
/// ``Tokenizer/pad(_:toLength:)`` when a fixed shape is wanted.
// tokenizers/src/utils/padding.rs
public struct Padding: Sendable, Equatable {
    /// `Fixed(n)` pads to `n`; `BatchLongest` pads to the longest encoding of a batch.
    public enum Strategy: Sendable, Equatable {
        /// Pad every encoding of a batch to the longest one.
        case batchLongest
        /// Pad to this many tokens.
        case fixed(Int)
    }

    /// Target length rule.
    public var strategy: Strategy
    /// Whether padding goes after (`.right`) or before (`.left`) the tokens.
    public var direction: Truncation.Direction
    /// Round the padded length up to a multiple of this, if set.
    public var padToMultipleOf: Int?
    /// The padding token's id.
    public var padId: Int
    /// The type id given to padding.
    public var padTypeId: Int
    /// The padding token's text.
    public var padToken: String

    init(_ node: ConfigNode) throws(TokenizerError) {
        let strategyNode = try node.require("strategy")
        if let fixed = strategyNode.optional("Fixed") {
            strategy = .fixed(try fixed.int())
        } else if strategyNode.value.string == "BatchLongest" {
            strategy = .batchLongest
        } else {
            throw .invalidField(path: strategyNode.path, expected: "\"BatchLongest\" or {\"Fixed\": n}")
        }
        let directionName = try node.string("direction", default: "Right")
        guard let direction = Truncation.Direction(rawValue: directionName) else {
            throw .invalidField(path: node.path + ".direction", expected: "Right or Left")
        }
        self.direction = direction
        padToMultipleOf = try node.optional("pad_to_multiple_of")?.int()
        padId = try node.int("pad_id", default: 0)
        padTypeId = try node.int("pad_type_id", default: 0)
        padToken = try node.string("pad_token", default: "[PAD]")
    }
}
