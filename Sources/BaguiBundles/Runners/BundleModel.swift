import BaguiJSON

/// A loaded bundle that answers requests. Immutable and safe to share between threads.
public protocol BundleModel: Sendable {
    /// The bundle's manifest.
    var manifest: BundleManifest { get }
    /// The network's raw outputs for a validated input: one array per head, before
    /// de-standardisation or calibration (what `golden.json` calls `raw`).
    func raw(_ input: BundleInput) throws -> [[Float]]
    /// The final result for a validated input.
    func predict(_ input: BundleInput) throws -> JSONObject
}

extension BundleModel {
    /// Validates a request against the manifest and answers it.
    public func predict(_ json: JSONValue) throws -> JSONObject {
        try predict(BundleInput.parse(json, specs: manifest.inputs))
    }
}
