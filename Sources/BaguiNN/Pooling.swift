/// How a sequence of token vectors becomes one vector (sentence-transformers `Pooling`).
public enum Pooling: String, Sendable, Codable {
    /// The mean over the sequence's tokens (`pooling_mode_mean_tokens`).
    case mean
    /// The first token's vector (`pooling_mode_cls_token`).
    case cls
    /// The elementwise maximum over the tokens (`pooling_mode_max_tokens`).
    case max

    /// Pools `tokens` rows of `hidden` (`[tokens, width]`, dense) into `output` (`[width]`).
    public func pool(_ hidden: UnsafePointer<Float>, tokens: Int, width: Int, into output: UnsafeMutablePointer<Float>) {
        switch self {
        case .cls:
            output.update(from: hidden, count: width)
        case .mean:
            output.update(repeating: 0, count: width)
            for t in 0..<tokens {
                for j in 0..<width { output[j] += hidden[t * width + j] }
            }
            let scale = 1 / Float(Swift.max(tokens, 1))
            for j in 0..<width { output[j] *= scale }
        case .max:
            output.update(from: hidden, count: width)
            for t in 1..<Swift.max(tokens, 1) {
                for j in 0..<width { output[j] = Swift.max(output[j], hidden[t * width + j]) }
            }
        }
    }
}

/// Scales `values` to unit Euclidean length, as `torch.nn.functional.normalize(p=2, eps=1e-12)`.
public func l2Normalize(_ values: UnsafeMutablePointer<Float>, count: Int) {
    var squares: Float = 0
    for i in 0..<count { squares += values[i] * values[i] }
    let scale = 1 / Swift.max(squares.squareRoot(), 1e-12)
    for i in 0..<count { values[i] *= scale }
}
