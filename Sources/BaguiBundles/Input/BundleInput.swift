import BaguiJSON

/// A request checked against a bundle's declared inputs: every field present or optional, of the
/// declared type, finite and within range. Nothing is guessed: a bad field is an error naming it.
public struct BundleInput: Sendable, Equatable {
    /// `number` and `integer` inputs.
    public var numbers: [String: Double] = [:]
    /// `category` inputs.
    public var categories: [String: String] = [:]
    /// `series` inputs, `[T][C]`.
    public var series: [String: [[Double]]] = [:]
    /// `text` inputs.
    public var texts: [String: String] = [:]

    /// Validates `json` (an object of input name → value) against `specs`.
    public static func parse(_ json: JSONValue, specs: [InputSpec]) throws(BundleError) -> BundleInput {
        guard let object = json.object else { throw .invalidInput(field: "(request)", reason: "must be a JSON object of input fields, not \(json.kindDescription)") }
        let known = Set(specs.map(\.name))
        if let unknown = object.keys.first(where: { !known.contains($0) }) {
            throw .invalidInput(field: unknown, reason: "is not an input of this model (inputs: \(specs.map(\.name).joined(separator: ", ")))")
        }
        var input = BundleInput()
        for spec in specs {
            guard let value = object[spec.name], !value.isNull else {
                if spec.required { throw .invalidInput(field: spec.name, reason: "is required") }
                continue
            }
            switch spec.type {
            case .number, .integer:
                input.numbers[spec.name] = try number(value, spec: spec)
            case .category:
                guard let string = value.string else { throw .invalidInput(field: spec.name, reason: "must be a string, not \(value.kindDescription)") }
                guard spec.values?.contains(string) == true else {
                    throw .invalidInput(field: spec.name, reason: "must be one of \((spec.values ?? []).joined(separator: ", ")), not \"\(string)\"")
                }
                input.categories[spec.name] = string
            case .series:
                input.series[spec.name] = try series(value, spec: spec)
            case .text:
                guard let text = value.string else { throw .invalidInput(field: spec.name, reason: "must be a string, not \(value.kindDescription)") }
                let limit = spec.maxCharacters ?? 0
                guard text.count <= limit else { throw .invalidInput(field: spec.name, reason: "has \(text.count) characters; at most \(limit) are accepted") }
                input.texts[spec.name] = text
            }
        }
        return input
    }

    private static func number(_ value: JSONValue, spec: InputSpec) throws(BundleError) -> Double {
        guard let number = value.double else { throw .invalidInput(field: spec.name, reason: "must be a number, not \(value.kindDescription)") }
        guard number.isFinite else { throw .invalidInput(field: spec.name, reason: "must be finite") }
        if spec.type == .integer, number.rounded() != number { throw .invalidInput(field: spec.name, reason: "must be a whole number, not \(number)") }
        if let range = spec.range, range.count == 2, !(range[0]...range[1]).contains(number) {
            throw .invalidInput(field: spec.name, reason: "is \(number), outside the valid range \(format(range[0]))…\(format(range[1]))\(spec.unit.map { " \($0)" } ?? "")")
        }
        return number
    }

    private static func series(_ value: JSONValue, spec: InputSpec) throws(BundleError) -> [[Double]] {
        let length = spec.length ?? 0, channels = spec.channels ?? []
        guard let rows = value.array else { throw .invalidInput(field: spec.name, reason: "must be an array of \(length) time steps, not \(value.kindDescription)") }
        guard rows.count == length else { throw .invalidInput(field: spec.name, reason: "has \(rows.count) time steps; the model takes exactly \(length)") }
        var result: [[Double]] = []
        result.reserveCapacity(length)
        for (t, row) in rows.enumerated() {
            guard let cells = row.array, cells.count == channels.count else {
                throw .invalidInput(field: "\(spec.name)[\(t)]", reason: "must hold \(channels.count) numbers (\(channels.map(\.name).joined(separator: ", ")))")
            }
            var values: [Double] = []
            for (c, cell) in cells.enumerated() {
                let channel = channels[c]
                guard let number = cell.double, number.isFinite else {
                    throw .invalidInput(field: "\(spec.name)[\(t)].\(channel.name)", reason: "must be a finite number")
                }
                guard (channel.range[0]...channel.range[1]).contains(number) else {
                    throw .invalidInput(field: "\(spec.name)[\(t)].\(channel.name)", reason: "is \(number), outside the valid range \(format(channel.range[0]))…\(format(channel.range[1]))\(channel.unit.map { " \($0)" } ?? "")")
                }
                values.append(number)
            }
            result.append(values)
        }
        return result
    }

    private static func format(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
