/// BPE merges as an open-addressing table from a packed id pair to a packed (rank, merged id).
///
/// Why not `[UInt64: UInt64]`: the lookup sits in the innermost BPE loop and Swift's seeded SipHash
/// dominated profiles; a multiplicative hash over fixed, trusted-at-load keys is several times faster.
struct MergeTable: Sendable {
    private var keys: [UInt64]
    private var values: [UInt64]
    private var shift: UInt64
    private(set) var count = 0
    private static let empty = UInt64.max

    init(capacity: Int) {
        var size = 16
        var bits: UInt64 = 4
        while size < capacity * 2 {
            size <<= 1
            bits += 1
        }
        keys = [UInt64](repeating: MergeTable.empty, count: size)
        values = [UInt64](repeating: 0, count: size)
        shift = 64 - bits
    }

    @inline(__always)
    private func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    /// Key for the pair (left, right).
    @inline(__always)
    static func key(_ left: Int32, _ right: Int32) -> UInt64 { UInt64(UInt32(bitPattern: left)) << 32 | UInt64(UInt32(bitPattern: right)) }

    /// Inserts or overwrites (a later duplicate merge wins, as in the Rust `HashMap` collect).
    mutating func set(_ key: UInt64, _ value: UInt64) {
        let mask = keys.count - 1
        var i = slot(key)
        while keys[i] != MergeTable.empty && keys[i] != key { i = (i + 1) & mask }
        if keys[i] == MergeTable.empty { count += 1 }
        keys[i] = key
        values[i] = value
    }

    /// The packed (rank << 32 | merged id) for `key`, or nil.
    @inline(__always)
    func get(_ key: UInt64) -> UInt64? {
        keys.withUnsafeBufferPointer { keys in
            let mask = keys.count - 1
            var i = slot(key)
            while true {
                let k = keys[i]
                if k == key { return values[i] }
                if k == MergeTable.empty { return nil }
                i = (i + 1) & mask
            }
        }
    }
}
