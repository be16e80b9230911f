import Foundation

/// The character classes the Rust `tokenizers` crate tests, as bit flags.
///
/// The crate mixes `unicode_categories` (Bert control/punctuation/mark tests), Rust `std`
/// (`char::is_whitespace`, `is_numeric`) and Oniguruma (`\p{L}`, `\p{N}`, `\s`, `\w`), each at its own
/// Unicode version; the generated table reproduces all of them by probing the real library
/// (Tests/BaguiTokenizersTests/Fixtures/make_unicode_tables.py).
struct UnicodeClass: OptionSet, Sendable {
    let rawValue: UInt16
    /// Oniguruma `\p{L}` (GPT-2 pattern).
    static let letter = UnicodeClass(rawValue: 1 << 0)
    /// Oniguruma `\p{N}` (GPT-2 pattern).
    static let number = UnicodeClass(rawValue: 1 << 1)
    /// Oniguruma `\s` (GPT-2 and Whitespace patterns).
    static let regexSpace = UnicodeClass(rawValue: 1 << 2)
    /// Rust `char::is_whitespace` (White_Space).
    static let whitespace = UnicodeClass(rawValue: 1 << 3)
    /// Dropped by `BertNormalizer` clean_text: NUL, U+FFFD and `is_other` except tab/newline/return.
    static let bertRemoved = UnicodeClass(rawValue: 1 << 4)
    /// Dropped by the `StripAccents` normalizer: every combining mark (Mn, Mc, Me).
    static let combiningMark = UnicodeClass(rawValue: 1 << 5)
    /// ASCII punctuation or `unicode_categories` `is_punctuation` (Bert and Punctuation pre-tokenizers).
    static let punctuation = UnicodeClass(rawValue: 1 << 6)
    /// Rust `char::is_numeric` (Digits pre-tokenizer).
    static let numeric = UnicodeClass(rawValue: 1 << 7)
    /// Oniguruma `\w` (Whitespace pre-tokenizer; also used for added-token `single_word`).
    static let word = UnicodeClass(rawValue: 1 << 8)
    /// Rust `char::to_lowercase` changes the scalar.
    static let hasLowercase = UnicodeClass(rawValue: 1 << 9)
    /// Dropped by `BertNormalizer` strip_accents after NFD: `is_mark_nonspacing` (Mn) only.
    static let nonspacingMark = UnicodeClass(rawValue: 1 << 10)
}

/// Lookup of ``UnicodeClass`` flags and lowercase mappings: O(1) in the BMP, binary search above.
struct UnicodeTables: Sendable {
    static let shared = UnicodeTables()

    /// Flags of U+0000...U+FFFF, indexed by scalar value.
    private let bmp: [UInt16]
    /// Run starts and their flags, for scalars above the BMP.
    private let runStarts: [UInt32]
    private let runFlags: [UInt16]
    private let lowercaseMap: [UInt32: [Unicode.Scalar]]

    private init() {
        let runs = [UInt8](Data(base64Encoded: UnicodeTableData.runs) ?? Data())
        var starts: [UInt32] = []
        var flags: [UInt16] = []
        var i = 0
        while i + 5 <= runs.count {
            starts.append(UInt32(runs[i]) | UInt32(runs[i + 1]) << 8 | UInt32(runs[i + 2]) << 16)
            flags.append(UInt16(runs[i + 3]) | UInt16(runs[i + 4]) << 8)
            i += 5
        }
        var bmp = [UInt16](repeating: 0, count: 0x10000)
        for r in starts.indices where starts[r] < 0x10000 {
            let end = r + 1 < starts.count ? min(Int(starts[r + 1]), 0x10000) : 0x10000
            for c in Int(starts[r])..<end { bmp[c] = flags[r] }
        }
        self.bmp = bmp
        runStarts = starts
        runFlags = flags

        let low = [UInt8](Data(base64Encoded: UnicodeTableData.lowercase) ?? Data())
        var map: [UInt32: [Unicode.Scalar]] = [:]
        var j = 0
        func read3(_ at: Int) -> UInt32 { UInt32(low[at]) | UInt32(low[at + 1]) << 8 | UInt32(low[at + 2]) << 16 }
        while j + 4 <= low.count {
            let scalar = read3(j)
            let count = Int(low[j + 3])
            j += 4
            guard j + 3 * count <= low.count else { break }
            map[scalar] = (0..<count).compactMap { Unicode.Scalar(read3(j + 3 * $0)) }
            j += 3 * count
        }
        lowercaseMap = map
    }

    /// The classes of `scalar`.
    @inline(__always)
    func flags(_ scalar: Unicode.Scalar) -> UnicodeClass {
        let v = scalar.value
        if v < 0x10000 { return UnicodeClass(rawValue: bmp[Int(v)]) }
        // Last run whose start is <= v.
        var lo = 0
        var hi = runStarts.count
        while hi - lo > 1 {
            let mid = (lo + hi) / 2
            if runStarts[mid] <= v { lo = mid } else { hi = mid }
        }
        return UnicodeClass(rawValue: runFlags.isEmpty ? 0 : runFlags[lo])
    }

    /// Appends the Rust `char::to_lowercase` of `scalar` to `out`.
    @inline(__always)
    func appendLowercase(_ scalar: Unicode.Scalar, to out: inout [Unicode.Scalar]) {
        let v = scalar.value
        if v < 0x80 {
            out.append(v >= 0x41 && v <= 0x5A ? Unicode.Scalar(UInt8(v + 32)) : scalar)
        } else if flags(scalar).contains(.hasLowercase), let mapped = lowercaseMap[v] {
            out.append(contentsOf: mapped)
        } else {
            out.append(scalar)
        }
    }
}

/// CJK ideograph blocks that `BertNormalizer` surrounds with spaces.
// tokenizers/src/normalizers/bert.rs (is_chinese_char)
@inline(__always)
func isChineseCharacter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x2A6DF, 0x2A700...0x2B73F, 0x2B740...0x2B81F,
         0x2B920...0x2CEAF, 0xF900...0xFAFF, 0x2F800...0x2FA1F:
        true
    default:
        false
    }
}
