import BaguiNN
import BaguiTensor

/// A multilayer perceptron, `Linear → act → … → Linear` (a PyTorch `nn.Sequential` of `nn.Linear`
/// and one activation), over rows of features. Weights `layers.{i}.weight` `[out, in]`, `layers.{i}.bias`.
public final class MLPModel: LoadedNetwork {
    /// The `model_type` of this architecture.
    public static let modelType = "bagui-mlp"
    /// `bagui-mlp`
    public var modelType: String { Self.modelType }
    /// The blueprint.
    public let config: MLPConfig
    /// One Linear per step, input to output.
    public let layers: [Linear]
    /// Applied after every layer but the last.
    public let activation: Activation
    private let workspaces = WorkspacePool()

    /// Loads `layers.{i}` from `scope`, checking every shape against `config`.
    public init(_ scope: WeightScope, config: MLPConfig) throws {
        activation = try config.validate()
        self.config = config
        let widths = config.widths
        layers = try (0..<(widths.count - 1)).map { i in
            try Linear(scope.scope("layers.\(i)"), in: widths[i], out: widths[i + 1])
        }
    }

    /// Runs `rows` rows of `inputSize` features (`[rows, inputSize]`, dense) and returns
    /// `[rows, outputSize]`.
    public func callAsFunction(_ input: [Float], rows: Int) throws(ModelError) -> [Float] {
        guard rows > 0, input.count == rows * config.inputSize else {
            throw .invalidInput("expected \(rows) × \(config.inputSize) features, got \(input.count) values")
        }
        let widest = config.widths.max() ?? 0
        return workspaces.withWorkspace { workspace in
            var current = workspace.buffer("mlp.a", count: rows * widest)  // [rows, width of layer i]
            var next = workspace.buffer("mlp.b", count: rows * widest)
            for (j, value) in input.enumerated() { current[j] = value }
            for (i, layer) in layers.enumerated() {
                layer(current, rows: rows, into: next)
                if i < layers.count - 1 { activation.apply(next, count: rows * layer.outFeatures) }
                swap(&current, &next)
            }
            return Array(UnsafeBufferPointer(start: current, count: rows * config.outputSize))
        }
    }
}
