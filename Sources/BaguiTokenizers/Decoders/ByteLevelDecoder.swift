/// Maps byte-level stand-in characters back to bytes and decodes them as UTF-8, replacing invalid
/// sequences with U+FFFD like `String::from_utf8_lossy` (tokenizers/src/decoders/byte_level.rs).
struct ByteLevelDecoder: Decoder {
    func decodeChain(_ tokens: [String]) -> [String] {
        let table = ByteLevelAlphabet.scalarToByte
        var bytes: [UInt8] = []
        for token in tokens {
            // A token with any character outside the alphabet (e.g. an added token with a space)
            // contributes its raw UTF-8 instead.
            let start = bytes.count
            var mapped = true
            for scalar in token.unicodeScalars {
                let v = Int(scalar.value)
                guard v < table.count, table[v] >= 0 else {
                    mapped = false
                    break
                }
                bytes.append(UInt8(table[v]))
            }
            if !mapped {
                bytes.removeSubrange(start...)
                bytes.append(contentsOf: token.utf8)
            }
        }
        return [String(decoding: bytes, as: UTF8.self)]
    }
}
