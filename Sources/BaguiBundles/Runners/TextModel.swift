import BaguiJSON
import BaguiModels
import BaguiTokenizers

/// A `bagui-text-classifier` bundle: the text tokenized (truncated at the bundle's maximum
/// sequence length), encoded, pooled and classified; logits calibrated by the manifest's temperature.
struct TextModel: BundleModel {
    let manifest: BundleManifest
    let network: TextClassifierModel
    let tokenizer: Tokenizer
    let inputName: String
    let decoder: OutputDecoder

    init(manifest: BundleManifest, network: TextClassifierModel, tokenizer: Tokenizer, decoder: OutputDecoder) throws {
        guard let spec = manifest.inputs.first(where: { $0.type == .text }) else {
            throw BundleError.invalidManifest(bundle: manifest.name, reason: "a text classifier bundle needs a text input")
        }
        let limit = min(manifest.preprocessing.maxSequenceLength ?? network.config.maxPositionEmbeddings, network.config.maxPositionEmbeddings)
        self.manifest = manifest
        self.network = network
        self.tokenizer = tokenizer.withTruncation(maxLength: limit)
        self.inputName = spec.name
        self.decoder = decoder
    }

    func raw(_ input: BundleInput) throws -> [[Float]] {
        let text = input.texts[inputName] ?? ""
        return try network.logits(texts: [text], tokenIds: [tokenizer.encode(text).ids])
    }

    func predict(_ input: BundleInput) throws -> JSONObject {
        try decoder.decode(raw(input))
    }
}
