/// GPT-2's reversible map from the 256 byte values to printable characters (`bytes_char` in
/// tokenizers/src/pre_tokenizers/byte_level.rs, after openai/gpt-2 `bytes_to_unicode`).
enum ByteLevelAlphabet {
    /// The stand-in character of each byte.
    static let byteToScalar: [Unicode.Scalar] = {
        var table = [Unicode.Scalar](repeating: " ", count: 256)
        var next: UInt32 = 256
        for b in 0..<256 {
            let printable = (0x21...0x7E).contains(b) || (0xA1...0xAC).contains(b) || (0xAE...0xFF).contains(b)
            if printable {
                table[b] = Unicode.Scalar(UInt8(b))
            } else {
                table[b] = Unicode.Scalar(next) ?? " "
                next += 1
            }
        }
        return table
    }()

    /// The byte behind each stand-in character, indexed by scalar value (< 0x144), or -1.
    static let scalarToByte: [Int16] = {
        var table = [Int16](repeating: -1, count: 0x144)
        for (b, scalar) in byteToScalar.enumerated() { table[Int(scalar.value)] = Int16(b) }
        return table
    }()
}
