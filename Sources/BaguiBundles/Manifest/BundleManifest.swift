import BaguiJSON

/// A bundle's `manifest.json` (schema `bagui.bundle/1`, documented in `Models/README.md`): what the
/// model is, what it takes and gives, how inputs become features, and the files that make it up.
public struct BundleManifest: Codable, Sendable, Equatable {
    /// Always `bagui.bundle/1`.
    public var schema: String
    /// `[a-z0-9-]+`, the folder name.
    public var name: String
    /// Semantic version `MAJOR.MINOR.PATCH`.
    public var version: String
    /// `sugar`, `ev`, `medical`, `router`, …
    public var domain: String
    /// `regression`, `classification` or `multitask`.
    public var task: String
    /// One line.
    public var description: String
    /// The `model_type` of `config.json`.
    public var architecture: String
    /// The code plugin the bundle needs beside its weights, if any.
    public var plugin: String?
    /// What a request carries, in the model's order.
    public var inputs: [InputSpec]
    /// What a result holds.
    public var outputs: [OutputSpec]
    /// Constants that turn inputs into the network's features and its outputs into results.
    public var preprocessing: Preprocessing
    /// File name → lowercase hex SHA-256, for every file the bundle loads.
    public var files: [String: String]
    /// BCP-47 codes of the text the model reads; empty for numeric models.
    public var languages: [String]
    /// SPDX identifier.
    public var license: String
    /// Who uses it for what.
    public var intendedUse: String
    /// Known failure regions and out-of-scope uses.
    public var limits: [String]
    /// Held-out metrics as the recipe measured them.
    public var metrics: Metrics
    /// Data categories and processing regions, for deployments that enforce them.
    public var policy: Policy

    /// `name@version`, how requests and listings name a bundle.
    public var id: String { "\(name)@\(version)" }
}

/// One input of a bundle.
public struct InputSpec: Codable, Sendable, Equatable {
    /// The kinds of input a manifest can declare.
    public enum Kind: String, Codable, Sendable {
        case number, integer, category, series, text
    }
    /// A channel of a `series` input.
    public struct Channel: Codable, Sendable, Equatable {
        public var name: String
        public var unit: String?
        public var range: [Double]
    }
    public var name: String
    public var type: Kind
    public var unit: String?
    public var description: String
    public var required: Bool
    /// `[min, max]`, inclusive, for `number` and `integer`.
    public var range: [Double]?
    /// The allowed strings of a `category`.
    public var values: [String]?
    /// Time steps of a `series`.
    public var length: Int?
    /// Channels of a `series`, in the order of the model's input.
    public var channels: [Channel]?
    /// Longest `text` accepted, in characters.
    public var maxCharacters: Int?
}

/// One output of a bundle.
public struct OutputSpec: Codable, Sendable, Equatable {
    public var name: String
    /// `number`, `label` or `boolean`.
    public var type: String
    public var unit: String?
    public var description: String
    /// For `label` outputs: the labels in the order of the model's logits.
    public var labels: [String]?
}

/// Constants Swift applies exactly as training did.
public struct Preprocessing: Codable, Sendable, Equatable {
    /// The network's input columns in order: an input's name (used as is) or `input=value` (one-hot).
    public var featureOrder: [String]?
    /// Per-feature (or per-channel) mean; the network sees `(x − mean) / std`.
    public var featureMean: [Double]?
    /// Per-feature (or per-channel) standard deviation.
    public var featureStd: [Double]?
    /// Regression outputs trained on standardised targets: output name → mean.
    public var targetMean: [String: Double]?
    /// Output name → standard deviation.
    public var targetStd: [String: Double]?
    /// `one-hot`.
    public var categoryEncoding: String?
    /// Calibration temperature for classifier logits: `softmax(logits / T)`.
    public var temperature: Double?
    /// Longest token sequence of a text model.
    public var maxSequenceLength: Int?
}

/// Held-out metrics and how the held-out data was chosen.
public struct Metrics: Codable, Sendable, Equatable {
    public var split: String
    public var heldOut: [String: JSONValue]
}

/// What data a bundle accepts and where its processing may run.
public struct Policy: Codable, Sendable, Equatable {
    public var dataCategories: [String]
    public var processingRegions: [String]
}
