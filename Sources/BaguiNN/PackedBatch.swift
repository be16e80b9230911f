/// Several sequences of different lengths stored back to back, with no padding.
///
/// Every projection then runs one GEMM over `totalTokens` rows and spends nothing on pad tokens;
/// only attention, which mixes tokens within a sequence, looks at the boundaries. A sequence's
/// result is therefore the same whatever it is batched with.
public struct PackedBatch: Sendable, Equatable {
    /// Tokens in each sequence, in order.
    public let lengths: [Int]
    /// Row of each sequence's first token.
    public let offsets: [Int]
    /// Sum of `lengths`.
    public let totalTokens: Int

    /// A batch of sequences with these lengths (each at least 1).
    public init(lengths: [Int]) {
        precondition(lengths.allSatisfy { $0 > 0 }, "PackedBatch: empty sequence")
        self.lengths = lengths
        var offsets: [Int] = []
        offsets.reserveCapacity(lengths.count)
        var total = 0
        for length in lengths {
            offsets.append(total)
            total += length
        }
        self.offsets = offsets
        self.totalTokens = total
    }

    /// Number of sequences.
    public var count: Int { lengths.count }
    /// The longest sequence.
    public var maxLength: Int { lengths.max() ?? 0 }
}
