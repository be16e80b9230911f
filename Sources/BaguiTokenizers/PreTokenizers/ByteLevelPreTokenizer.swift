/// GPT-2's byte-level pre-tokenizer: optional prefix space, the GPT-2 split pattern, then every UTF-8
/// byte mapped to a printable stand-in character (tokenizers/src/pre_tokenizers/byte_level.rs).
struct ByteLevelPreTokenizer: PreTokenizer {
    let addPrefixSpace: Bool
    let useRegex: Bool

    init(_ node: ConfigNode) throws(TokenizerError) {
        addPrefixSpace = try node.bool("add_prefix_space", default: true)
        useRegex = try node.bool("use_regex", default: true)
        _ = try node.bool("trim_offsets", default: true)  // affects offsets only, which Bagui does not report
    }

    func preTokenize(_ text: inout PreTokenizedText) {
        let alphabet = ByteLevelAlphabet.byteToScalar
        var piece: [Unicode.Scalar] = []
        var splits: [Range<Int>] = []
        text.transform { scalars, range, buffer, out in
            piece.removeAll(keepingCapacity: true)
            // `normalized.prepend(" ")` only when the piece does not already start with a space.
            if addPrefixSpace, scalars[range.lowerBound] != " " { piece.append(" ") }
            piece.append(contentsOf: scalars[range])
            splits.removeAll(keepingCapacity: true)
            if useRegex {
                piece.withUnsafeBufferPointer { GPT2Pattern.split($0, into: &splits) }
            } else {
                splits.append(0..<piece.count)
            }
            for split in splits {
                let start = buffer.count
                for scalar in piece[split] {
                    forEachUTF8Byte(scalar) { buffer.append(alphabet[Int($0)]) }
                }
                out.append(start..<buffer.count)
            }
        }
    }
}

/// The GPT-2 pattern `'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+`
/// written out as a scanner: linear time, no regex engine (trust matrix B1).
enum GPT2Pattern {
    /// Appends the ranges of consecutive matches of `text` (the alternatives cover every character, so
    /// the matches tile the text).
    static func split(_ text: UnsafeBufferPointer<Unicode.Scalar>, into out: inout [Range<Int>]) {
        let tables = UnicodeTables.shared
        let n = text.count
        @inline(__always) func flags(_ i: Int) -> UnicodeClass { tables.flags(text[i]) }
        @inline(__always) func isOther(_ f: UnicodeClass) -> Bool { f.isDisjoint(with: [.letter, .number, .regexSpace]) }
        var i = 0
        while i < n {
            let start = i
            let c = text[i]
            // 's 't 're 've 'm 'll 'd (case-sensitive, like the pattern).
            if c == "'", i + 1 < n {
                let a = text[i + 1]
                if a == "s" || a == "t" || a == "m" || a == "d" {
                    out.append(i..<(i + 2)); i += 2; continue
                }
                if i + 2 < n {
                    let b = text[i + 2]
                    if (a == "r" && b == "e") || (a == "v" && b == "e") || (a == "l" && b == "l") {
                        out.append(i..<(i + 3)); i += 3; continue
                    }
                }
            }
            // ` ?\p{L}+`, ` ?\p{N}+`, ` ?[^\s\p{L}\p{N}]+`: an optional literal space then a run of one class.
            let head = c == " " && i + 1 < n ? i + 1 : i
            let f = flags(head)
            if f.contains(.letter) || f.contains(.number) || isOther(f) {
                do {
                    var j = head + 1
                    if f.contains(.letter) {
                        while j < n, flags(j).contains(.letter) { j += 1 }
                    } else if f.contains(.number) {
                        while j < n, flags(j).contains(.number) { j += 1 }
                    } else {
                        while j < n, isOther(flags(j)) { j += 1 }
                    }
                    out.append(start..<j)
                    i = j
                    continue
                }
            }
            // `\s+(?!\S)` backs off one character when non-space follows; `\s+` takes a lone space.
            var j = i + 1
            while j < n, flags(j).contains(.regexSpace) { j += 1 }
            if j < n, j - i >= 2 { j -= 1 }
            out.append(start..<j)
            i = j
        }
    }
}
