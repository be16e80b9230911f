import BaguiJSON
import BaguiModels

/// A `bagui-series-encoder` bundle: the series standardised per channel, then the encoder.
struct SeriesModel: BundleModel {
    let manifest: BundleManifest
    let network: SeriesEncoderModel
    let inputName: String
    let mean: [Double], std: [Double]
    let decoder: OutputDecoder

    init(manifest: BundleManifest, network: SeriesEncoderModel, decoder: OutputDecoder) throws {
        guard let spec = manifest.inputs.first(where: { $0.type == .series }), spec.length == network.sequenceLength,
              spec.channels?.count == network.inputChannels,
              let mean = manifest.preprocessing.featureMean, let std = manifest.preprocessing.featureStd else {
            throw BundleError.invalidManifest(bundle: manifest.name, reason: "a series bundle needs one series input of \(network.sequenceLength) × \(network.inputChannels) with per-channel featureMean and featureStd")
        }
        self.manifest = manifest
        self.network = network
        self.inputName = spec.name
        self.mean = mean
        self.std = std
        self.decoder = decoder
    }

    func raw(_ input: BundleInput) throws -> [[Float]] {
        let rows = input.series[inputName] ?? []
        var flat: [Float] = []
        flat.reserveCapacity(rows.count * mean.count)
        for row in rows { for (c, value) in row.enumerated() { flat.append(Float((value - mean[c]) / std[c])) } }
        return try network(flat)
    }

    func predict(_ input: BundleInput) throws -> JSONObject {
        try decoder.decode(raw(input))
    }
}
