import Foundation

/// Temperature-scaled softmax, the calibration every classifier bundle ships (`preprocessing.temperature`).
public enum Calibration {
    /// `softmax(logits / temperature)`, in Double for stable probabilities; `[classes]`.
    public static func probabilities(_ logits: [Float], temperature: Double) -> [Double] {
        let scaled = logits.map { Double($0) / temperature }
        let maximum = scaled.max() ?? 0
        let exponentials = scaled.map { Foundation.exp($0 - maximum) }
        let sum = exponentials.reduce(0, +)
        return exponentials.map { $0 / sum }
    }
}
