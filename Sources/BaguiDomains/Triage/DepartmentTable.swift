import BaguiBundles
import BaguiJSON
import Foundation

/// `departments.json` (schema `bagui.departments/1`): which department a triaged complaint is
/// suggested to, by phrase patterns in the order listed; `emergency` at or below a level.
public struct DepartmentTable: Sendable {
    /// Levels at or below this number go to `emergency`.
    public let emergencyAtOrBelowLevel: Int
    /// The department when no pattern matches.
    public let defaultDepartment: String
    /// Department id → language → display name.
    public let names: [String: [String: String]]
    private let departments: [(id: String, patterns: PhrasePatterns)]
    private let index: PhraseIndex

    /// Parses and checks `data`; `bundle` and `file` name it in errors.
    public init(data: Data, bundle: String, file: String = "departments.json") throws {
        func invalid(_ reason: String) -> BundleError { .invalidPluginData(bundle: bundle, file: file, reason: reason) }
        let raw = try ModelBundle.decodePluginData(Raw.self, from: data, bundle: bundle, file: file)
        guard raw.schema == "bagui.departments/1" else { throw invalid("schema is \"\(raw.schema)\", expected \"bagui.departments/1\"") }
        guard raw.names[raw.default] != nil else { throw invalid("the default department \(raw.default) has no names") }
        for department in raw.departments where raw.names[department.id] == nil {
            throw invalid("department \(department.id) has no names")
        }
        emergencyAtOrBelowLevel = raw.emergencyAtOrBelowLevel
        defaultDepartment = raw.default
        names = raw.names
        var index = PhraseIndex()
        departments = raw.departments.map { ($0.id, PhrasePatterns($0.patterns, index: &index)) }
        self.index = index
    }

    /// The department for a complaint triaged at `level`.
    public func department(for text: PhraseText, level: Int) -> String {
        if level <= emergencyAtOrBelowLevel { return "emergency" }
        let found = index.found(in: text)
        return departments.first { $0.patterns.matches(found) }?.id ?? defaultDepartment
    }

    private struct Raw: Decodable {
        let schema: String
        let emergencyAtOrBelowLevel: Int
        let `default`: String
        let names: [String: [String: String]]
        let departments: [RawDepartment]
    }
    private struct RawDepartment: Decodable {
        let id: String
        let patterns: [String: [[[String]]]]
    }
}
