import BaguiModels
import Foundation

/// Text prepared for phrase matching as `red_flags.json` (`bagui.red-flags/1`, "matching") defines
/// it: Unicode NFKC, lowercased, every run of whitespace one space, trimmed. Held as Unicode scalars
/// because the Python reference (`recipe/triage_safety.py`) matches code points, not graphemes
/// (a Thai vowel sign or a combining accent can start a term).
public struct PhraseText: Sendable, Equatable {
    /// The normalised text, one scalar per code point.
    public let scalars: [Unicode.Scalar]

    /// Normalises `text`.
    public init(_ text: String) {
        scalars = TextFolding.scalars(text)
    }

    /// Whether `term` (already normalised) occurs in the text. A term whose first scalar is a Latin
    /// letter must start a word: the scalar before it may not be a Latin letter or a decimal digit.
    public func contains(_ term: PhraseText) -> Bool {
        guard !term.scalars.isEmpty else { return true }
        return scalars.indices.contains { occurs(term, at: $0) }
    }

    /// Whether `term` occurs starting at scalar `position`, word start included.
    func occurs(_ term: PhraseText, at position: Int) -> Bool {
        let needle = term.scalars
        guard let first = needle.first, position + needle.count <= scalars.count,
              scalars[position..<(position + needle.count)].elementsEqual(needle) else { return false }
        guard Self.isLatinLetter(first), position > 0 else { return true }
        let previous = scalars[position - 1]
        return !(Self.isLatinLetter(previous) || previous.properties.generalCategory == .decimalNumber)
    }

    /// A letter (general category L*) of the Latin script, as Python's `isalpha()` and `"LATIN" in name`.
    static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
        isLetter(scalar) && (scalar.properties.name?.contains("LATIN") ?? false)
    }

    /// General category L* (Lu, Ll, Lt, Lm, Lo).
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: true
        default: false
        }
    }
}
