import BaguiIndustry
import BaguiJSON
import BaguiRegistry
import BaguiTestSupport
import Foundation

/// The shipped industry model over `Models/`, opened once for the suite (bundles load lazily).
enum Shipped {
    static let industry: IndustryModel? = try? IndustryModel.open(directories: [Repository.models])

    static func composition() throws -> CompositionFile {
        try StrictJSON.decode(CompositionFile.self, from: Data(contentsOf: Repository.models.appendingPathComponent("industry.json")))
    }
}

extension JSONObject {
    /// Builds an object from literal pairs.
    static func of(_ members: KeyValuePairs<String, JSONValue>) -> JSONObject {
        var object = JSONObject()
        for (key, value) in members { object.insert(key, value) }
        return object
    }
}
