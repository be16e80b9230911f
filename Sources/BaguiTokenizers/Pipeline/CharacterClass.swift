/// A regex that is exactly one bracket character class, such as `[\u0E00-\u0E7F]` or `[^a-z0-9]`: the
/// only `{"Regex": ...}` pattern form Bagui runs.
///
/// A single class matches one scalar at a time, so matching is a linear scan that cannot backtrack
/// (ReDoS, trust matrix B1). Everything else a regex can say (quantifiers, alternation, groups, nested
/// or POSIX classes, `\p{...}`, `\d`, intersections) is refused when the file loads, rather than run
/// with a meaning that might differ from Oniguruma's. Items are literal scalars, `a-b` ranges and the
/// escapes `\uHHHH`, `\x{H...}`, `\xHH`, `\t`, `\n`, `\r` and a backslash before punctuation.
struct CharacterClass: Sendable, Equatable {
    /// Inclusive scalar-value ranges; a single scalar is a one-value range.
    let ranges: [ClosedRange<UInt32>]
    /// `[^...]`: matches every scalar outside `ranges`.
    let negated: Bool

    /// Parses `regex`, or returns nil when it is anything but one non-empty bracket class.
    init?(regex: String) {
        let s = Array(regex.unicodeScalars)
        guard s.count >= 3, s.first == "[", s.last == "]" else { return nil }
        var i = 1
        let end = s.count - 1
        let negated = s[i] == "^"
        if negated { i += 1 }
        var ranges: [ClosedRange<UInt32>] = []
        while i < end {
            guard let low = Self.item(s, &i, end: end) else { return nil }
            if i + 1 < end, s[i] == "-" {
                i += 1
                guard let high = Self.item(s, &i, end: end), low <= high else { return nil }
                ranges.append(low...high)
            } else {
                ranges.append(low...low)
            }
        }
        guard !ranges.isEmpty else { return nil }
        self.ranges = ranges
        self.negated = negated
    }

    /// Whether `scalar` is in the class.
    @inline(__always)
    func contains(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        for range in ranges where range.contains(v) { return !negated }
        return negated
    }

    /// One class item at `i` (a literal or an escape) as a scalar value, advancing `i`; nil for
    /// anything this subset does not accept.
    private static func item(_ s: [Unicode.Scalar], _ i: inout Int, end: Int) -> UInt32? {
        let c = s[i]
        i += 1
        switch c {
        case "[", "]":
            return nil  // a nested class, a POSIX class or a stray bracket
        case "&" where i < end && s[i] == "&":
            return nil  // Oniguruma's class intersection
        case "\\":
            guard i < end else { return nil }
            let e = s[i]
            i += 1
            switch e {
            case "u": return hex(s, &i, count: 4, end: end)
            case "x":
                if i < end, s[i] == "{" {
                    i += 1
                    var value: UInt32 = 0
                    var digits = 0
                    while i < end, s[i] != "}" {
                        guard let d = hexDigit(s[i]), digits < 6 else { return nil }
                        value = value * 16 + d
                        digits += 1
                        i += 1
                    }
                    guard i < end, digits > 0, Unicode.Scalar(value) != nil else { return nil }
                    i += 1
                    return value
                }
                return hex(s, &i, count: 2, end: end)
            case "t": return 0x09
            case "n": return 0x0A
            case "r": return 0x0D
            default:
                // `\d`, `\p`, `\s`, `\w`, back-references and the like are classes or syntax, not literals.
                guard !(e.isASCII && (e.properties.isAlphabetic || e.properties.numericType != nil)) else { return nil }
                return e.value
            }
        default:
            return c.value
        }
    }

    private static func hex(_ s: [Unicode.Scalar], _ i: inout Int, count: Int, end: Int) -> UInt32? {
        guard i + count <= end else { return nil }
        var value: UInt32 = 0
        for _ in 0..<count {
            guard let d = hexDigit(s[i]) else { return nil }
            value = value * 16 + d
            i += 1
        }
        return Unicode.Scalar(value) == nil ? nil : value
    }

    private static func hexDigit(_ c: Unicode.Scalar) -> UInt32? {
        switch c.value {
        case 0x30...0x39: return c.value - 0x30
        case 0x41...0x46: return c.value - 0x41 + 10
        case 0x61...0x66: return c.value - 0x61 + 10
        default: return nil
        }
    }
}

/// The pieces covering `range` of `text` for a character-class pattern: each scalar in the class is
/// one match, as Oniguruma's `find_iter` over `[...]` yields them.
func classMatches(
    _ text: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, pattern: CharacterClass
) -> [(range: Range<Int>, isMatch: Bool)] {
    var result: [(range: Range<Int>, isMatch: Bool)] = []
    var previous = range.lowerBound
    for i in range where pattern.contains(text[i]) {
        if previous < i { result.append((previous..<i, false)) }
        result.append((i..<(i + 1), true))
        previous = i + 1
    }
    if previous < range.upperBound || result.isEmpty { result.append((previous..<range.upperBound, false)) }
    return result
}
