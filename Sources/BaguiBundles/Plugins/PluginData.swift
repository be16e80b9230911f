import BaguiJSON
import BaguiModels
import Foundation

extension ModelBundle {
    /// Reads `file` (listed and hashed in the manifest) and decodes it strictly as `T`; a malformed
    /// file is ``BundleError/invalidPluginData(bundle:file:reason:)`` naming the field at fault.
    public func decodePluginFile<T: Decodable>(_ type: T.Type, _ file: String, maxDepth: Int = 16) throws -> T {
        try Self.decodePluginData(type, from: read(file), bundle: manifest.name, file: file, maxDepth: maxDepth)
    }

    /// Decodes plugin data already read; `bundle` and `file` name it in errors.
    public static func decodePluginData<T: Decodable>(_ type: T.Type, from data: Data, bundle: String, file: String, maxDepth: Int = 16) throws -> T {
        do { return try StrictJSON.decode(type, from: data, limits: .init(maxDepth: maxDepth)) }
        catch let error as DecodingError { throw BundleError.invalidPluginData(bundle: bundle, file: file, reason: ModelDirectory.describe(error)) }
        catch { throw BundleError.invalidPluginData(bundle: bundle, file: file, reason: "\(error)") }
    }
}
