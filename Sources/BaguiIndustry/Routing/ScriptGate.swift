import BaguiDomains
import Foundation

extension TextRouting {
    /// Stage 4's script gate: why no expert fits `text`, when less than `minLetterShare` of its
    /// letters are in `scripts`; nil when the text is readable or has no letters (digits and
    /// punctuation are left to the router).
    public static func unreadableScript(_ text: String, scripts: ScriptSet, minLetterShare: Double) -> (reason: String, confidence: Double)? {
        guard let share = scripts.letterShare(of: PhraseText(text)).share, share < minLetterShare else { return nil }
        let percent = { (x: Double) in String(format: "%.0f%%", x * 100) }
        return ("\(percent(share)) of the letters are in scripts the experts read (\(scripts.names.joined(separator: ", "))), "
                + "below the \(percent(minLetterShare)) needed", 1 - share)
    }
}
