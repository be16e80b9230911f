/// Builds a tabular model's feature row from validated inputs, as `preprocessing.featureOrder`
/// says: a numeric input by name, a category as `input=value` one-hot; then `(x − mean) / std`.
struct FeatureEncoder: Sendable {
    let featureOrder: [String]
    let mean: [Double]
    let std: [Double]

    func encode(_ input: BundleInput) -> [Float] {
        featureOrder.enumerated().map { i, feature in
            let raw: Double
            if let equals = feature.firstIndex(of: "=") {
                let name = String(feature[..<equals]), value = String(feature[feature.index(after: equals)...])
                raw = input.categories[name] == value ? 1 : 0
            } else {
                raw = input.numbers[feature] ?? 0
            }
            return Float((raw - mean[i]) / std[i])
        }
    }
}
