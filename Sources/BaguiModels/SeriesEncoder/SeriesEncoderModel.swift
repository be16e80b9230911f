import BaguiJSON
import BaguiNN
import BaguiTensor
import Foundation

/// A transformer over time series (`bagui-series-encoder`, Models/README.md): each time step's
/// channels are projected to the model width, run through a BERT encoder as `inputs_embeds`
/// (so BERT's position embeddings mark time), mean-pooled over time, and read by one Linear head
/// per output. The same encoder code as the text models: attention serves a second modality.
public final class SeriesEncoderModel: LoadedNetwork {
    /// The `model_type` of this architecture.
    public static let modelType = "bagui-series-encoder"
    /// `bagui-series-encoder`
    public var modelType: String { Self.modelType }
    /// The encoder's blueprint.
    public let config: BertConfig
    /// Channels per time step.
    public let inputChannels: Int
    /// Time steps per series.
    public let sequenceLength: Int
    /// `input_proj`: channels → hidden.
    public let inputProjection: Linear
    /// The encoder, fed vectors.
    public let encoder: BertModel
    /// `heads.{name}`, in `config.json`'s order.
    public let heads: [(name: String, layer: Linear)]
    private let workspaces = WorkspacePool()

    /// Loads the model in `directory` from `weights`.
    public init(directory: URL, weights: WeightStore) throws {
        let config: BertConfig = try ModelDirectory.readConfig(directory, expecting: Self.modelType)
        let json = try SentenceTransformerLayout.readJSON(directory.appendingPathComponent("config.json"))
        guard let channels = json["input_channels"]?.int, channels > 0, channels <= 4096,
              let length = json["sequence_length"]?.int, length > 0, length <= config.maxPositionEmbeddings else {
            throw ModelError.invalidConfig("input_channels and sequence_length must be positive integers, the length within max_position_embeddings")
        }
        guard let headSizes = json["heads"]?.object, headSizes.count > 0 else { throw ModelError.invalidConfig("heads must name at least one output head") }
        let root = weights.scope("")
        self.config = config
        inputChannels = channels
        sequenceLength = length
        inputProjection = try Linear(root.scope("input_proj"), in: channels, out: config.hiddenSize)
        encoder = try BertModel(root.scope("bert"), config: config, withWordEmbeddings: false)
        heads = try headSizes.members.map { name, size in
            guard let size = size.int, size > 0, size <= 1 << 16 else { throw ModelError.invalidConfig("head \(name) must have a positive integer size") }
            return (name, try Linear(root.scope("heads").scope(name), in: config.hiddenSize, out: size))
        }
        try ModelDirectory.checkAllWeightsUsed(weights, ignoring: ["bert.embeddings.position_ids"])
    }

    /// Runs one standardised series, `[sequenceLength, inputChannels]` row-major, and returns each
    /// head's raw output in head order.
    public func callAsFunction(_ series: [Float]) throws(ModelError) -> [[Float]] {
        guard series.count == sequenceLength * inputChannels else {
            throw .invalidInput("expected \(sequenceLength) × \(inputChannels) values, got \(series.count)")
        }
        let hidden = config.hiddenSize, batch = PackedBatch(lengths: [sequenceLength])
        return try workspaces.withWorkspace { workspace throws(ModelError) in
            let x = workspace.buffer("series.x", count: sequenceLength * hidden)  // [T, hidden]
            series.withUnsafeBufferPointer { inputProjection($0.baseAddress!, rows: sequenceLength, into: x) }
            try encoder(inputEmbeddings: x, batch: batch, workspace: workspace)
            let pooled = workspace.buffer("series.pooled", count: hidden)      // [hidden]
            Pooling.mean.pool(x, tokens: sequenceLength, width: hidden, into: pooled)
            return heads.map { _, layer in
                [Float](unsafeUninitializedCapacity: layer.outFeatures) { out, count in
                    layer(pooled, rows: 1, into: out.baseAddress!)
                    count = layer.outFeatures
                }
            }
        }
    }
}
