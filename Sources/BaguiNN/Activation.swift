/// The nonlinearities of BERT-family encoders and MLPs, named as in Hugging Face's `ACT2FN`
/// (transformers/activations.py), so `config.json`'s `hidden_act` maps straight onto them.
public enum Activation: String, Sendable, CaseIterable, Codable {
    /// x·Φ(x) with the exact erf form (`nn.GELU()`; BERT's `"gelu"`).
    case gelu
    /// The tanh approximation of GELU (`"gelu_new"`, GPT-2).
    case geluNew = "gelu_new"
    /// The tanh approximation of GELU as PyTorch names it (`nn.GELU(approximate="tanh")`).
    case geluPytorchTanh = "gelu_pytorch_tanh"
    /// max(0, x).
    case relu

    /// Applies the activation to `count` floats in place.
    public func apply(_ values: UnsafeMutablePointer<Float>, count: Int) {
        switch self {
        case .gelu:
            // 0.5·x·(1 + erf(x/√2))
            VectorMath.map(values, count: count) { x in 0.5 * x * (1 + VectorMath.erf(x * 0.70710678118654752)) }
        case .geluNew, .geluPytorchTanh:
            // 0.5·x·(1 + tanh(√(2/π)·(x + 0.044715·x³)))
            VectorMath.map(values, count: count) { x in
                0.5 * x * (1 + VectorMath.tanh(0.7978845608028654 * (x + 0.044715 * x * x * x)))
            }
        case .relu:
            VectorMath.map(values, count: count) { x in x.replacing(with: 0, where: x .< 0) }
        }
    }
}
