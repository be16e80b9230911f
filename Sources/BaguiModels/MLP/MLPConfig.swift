import BaguiNN

/// `config.json` of a `bagui-mlp` network: Linear layers with one activation between each pair.
public struct MLPConfig: Decodable, Sendable, Equatable {
    /// `input_size`
    public var inputSize: Int
    /// `hidden_sizes`: widths of the hidden layers, in order.
    public var hiddenSizes: [Int]
    /// `output_size`
    public var outputSize: Int
    /// `activation`: `relu`, `gelu`, `gelu_new` or `gelu_pytorch_tanh`.
    public var activation: String

    /// Widths from input to output: `[input, hidden…, output]`.
    public var widths: [Int] { [inputSize] + hiddenSizes + [outputSize] }

    /// Checks the sizes and the activation.
    public func validate() throws(ModelError) -> Activation {
        for width in widths where width <= 0 || width > 1 << 20 {
            throw .invalidConfig("bagui-mlp layer widths must be positive and below 2^20, not \(width)")
        }
        guard hiddenSizes.count <= 64 else { throw .invalidConfig("bagui-mlp has \(hiddenSizes.count) hidden layers; at most 64 are allowed") }
        guard let activation = Activation(rawValue: activation) else {
            throw .invalidConfig("activation \"\(activation)\" is not supported (supported: \(Activation.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        return activation
    }
}
