import BaguiJSON

/// One question to the industry model (`bagui ask`, `POST /v1/ask`, ``IndustryModel/ask(_:)``).
/// Free text, a structured payload, or both (text plus vitals for triage); `expert` or `domain`
/// name the answer's source outright.
public struct AskRequest: Sendable, Equatable {
    /// Free text in any language.
    public var text: String?
    /// `name` or `name@version` of the expert that must answer (routing stage 1).
    public var expert: String?
    /// The domain (`sugar`, `ev`, `medical`) whose expert must answer (routing stage 1).
    public var domain: String?
    /// Named input fields: yield features, or vitals beside a complaint.
    public var features: JSONObject?
    /// A time series `[T][C]`, for a series expert.
    public var series: JSONValue?
    /// Language of `text` (BCP-47), for experts that answer in it (cane advice).
    public var language: String?

    public init(text: String? = nil, expert: String? = nil, domain: String? = nil, features: JSONObject? = nil,
                series: JSONValue? = nil, language: String? = nil) {
        self.text = text
        self.expert = expert
        self.domain = domain
        self.features = features
        self.series = series
        self.language = language
    }

    /// The fields of a request object.
    public static let fields = ["text", "expert", "domain", "features", "series", "language"]

    /// Reads a request object: `{"text": ..., "expert": ..., "domain": ..., "features": {...},
    /// "series": [[...]], "language": ...}`. Unknown fields and wrong types are errors.
    public init(json: JSONValue) throws(AskError) {
        guard let object = json.object else { throw .invalidRequest("the request must be a JSON object, not \(json.kindDescription)") }
        if let unknown = object.keys.first(where: { !Self.fields.contains($0) }) {
            throw .invalidRequest("\"\(unknown)\" is not a request field (fields: \(Self.fields.joined(separator: ", ")))")
        }
        func string(_ key: String) throws(AskError) -> String? {
            guard let value = object[key], !value.isNull else { return nil }
            guard let text = value.string else { throw .invalidRequest("\"\(key)\" must be a string, not \(value.kindDescription)") }
            return text
        }
        text = try string("text")
        expert = try string("expert")
        domain = try string("domain")
        language = try string("language")
        if let value = object["features"], !value.isNull {
            guard let features = value.object else { throw .invalidRequest("\"features\" must be an object of input fields, not \(value.kindDescription)") }
            self.features = features
        }
        if let value = object["series"], !value.isNull {
            guard value.array != nil else { throw .invalidRequest("\"series\" must be an array of time steps, not \(value.kindDescription)") }
            series = value
        }
    }
}
