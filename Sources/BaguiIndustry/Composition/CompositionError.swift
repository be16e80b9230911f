/// Why a composition file cannot be served. Each reads as one sentence naming the file.
public struct CompositionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The composition file.
    public let file: String
    /// What is wrong.
    public let reason: String

    public init(file: String, reason: String) {
        self.file = file
        self.reason = reason
    }

    public var description: String { "composition \(file) is invalid: \(reason)" }
}
