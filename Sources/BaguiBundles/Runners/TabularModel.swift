import BaguiJSON
import BaguiModels

/// A `bagui-mlp` bundle: a row of features from the manifest's inputs, standardised, through the MLP.
struct TabularModel: BundleModel {
    let manifest: BundleManifest
    let network: MLPModel
    let encoder: FeatureEncoder
    let decoder: OutputDecoder

    init(manifest: BundleManifest, network: MLPModel, decoder: OutputDecoder) throws {
        let p = manifest.preprocessing
        guard let order = p.featureOrder, let mean = p.featureMean, let std = p.featureStd, order.count == network.config.inputSize else {
            throw BundleError.invalidManifest(bundle: manifest.name, reason: "a bagui-mlp bundle needs featureOrder, featureMean and featureStd for its \(network.config.inputSize) features")
        }
        self.manifest = manifest
        self.network = network
        self.encoder = FeatureEncoder(featureOrder: order, mean: mean, std: std)
        self.decoder = decoder
    }

    func raw(_ input: BundleInput) throws -> [[Float]] {
        let output = try network(encoder.encode(input), rows: 1)
        // One head per output, in manifest order, each one value wide.
        var heads: [[Float]] = []
        var start = 0
        for _ in manifest.outputs where start < output.count {
            heads.append([output[start]])
            start += 1
        }
        return heads
    }

    func predict(_ input: BundleInput) throws -> JSONObject {
        try decoder.decode(raw(input))
    }
}
