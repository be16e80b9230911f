/// CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320): the hash of `zlib.crc32` in Python, which
/// the recipes use to put n-grams into buckets.
enum CRC32 {
    private static let table: [UInt32] = (0..<256).map { byte in
        var c = UInt32(byte)
        for _ in 0..<8 { c = c & 1 == 1 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    /// The checksum of `bytes`.
    static func checksum<Bytes: Sequence>(_ bytes: Bytes) -> UInt32 where Bytes.Element == UInt8 {
        finish(update(start, with: bytes))
    }

    /// The running state before any byte.
    static let start: UInt32 = 0xFFFF_FFFF

    /// The running state after `bytes` more: a key's checksum can start from its prefix's state.
    static func update<Bytes: Sequence>(_ state: UInt32, with bytes: Bytes) -> UInt32 where Bytes.Element == UInt8 {
        var crc = state
        for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc
    }

    /// The checksum of a running state.
    static func finish(_ state: UInt32) -> UInt32 { state ^ 0xFFFF_FFFF }
}
