/// Keeps runs matching `\w+|[^\w\s]+` and drops whitespace (tokenizers/src/pre_tokenizers/whitespace.rs),
/// implemented as a scan over character classes rather than a regex.
struct WhitespacePreTokenizer: PreTokenizer {
    func preTokenize(_ text: inout PreTokenizedText) {
        let tables = UnicodeTables.shared
        text.split { scalars, range, out in
            var i = range.lowerBound
            while i < range.upperBound {
                let flags = tables.flags(scalars[i])
                if flags.contains(.word) {
                    let start = i
                    i += 1
                    while i < range.upperBound, tables.flags(scalars[i]).contains(.word) { i += 1 }
                    out.append(start..<i)
                } else if flags.contains(.regexSpace) {
                    i += 1
                } else {
                    let start = i
                    i += 1
                    while i < range.upperBound, tables.flags(scalars[i]).isDisjoint(with: [.word, .regexSpace]) { i += 1 }
                    out.append(start..<i)
                }
            }
        }
    }
}

/// Splits on whitespace, dropping it (tokenizers/src/pre_tokenizers/whitespace.rs `WhitespaceSplit`).
struct WhitespaceSplitPreTokenizer: PreTokenizer {
    func preTokenize(_ text: inout PreTokenizedText) {
        let tables = UnicodeTables.shared
        text.split { scalars, range, out in
            splitScalars(scalars, range, behavior: .removed, into: &out) { tables.flags($0).contains(.whitespace) }
        }
    }
}
