/// Splits on whitespace (removed) and on punctuation (each character isolated).
// tokenizers/src/pre_tokenizers/bert.rs
struct BertPreTokenizer: PreTokenizer {
    func preTokenize(_ text: inout PreTokenizedText) {
        let tables = UnicodeTables.shared
        text.split { scalars, range, out in
            var start = range.lowerBound
            for i in range {
                let flags = tables.flags(scalars[i])
                if flags.contains(.whitespace) {
                    if start < i { out.append(start..<i) }
                    start = i + 1
                } else if flags.contains(.punctuation) {
                    if start < i { out.append(start..<i) }
                    out.append(i..<(i + 1))
                    start = i + 1
                }
            }
            if start < range.upperBound { out.append(start..<range.upperBound) }
        }
    }
}
