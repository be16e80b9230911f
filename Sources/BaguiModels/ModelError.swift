/// Why a model could not be loaded or run. Each case reads as one sentence for a person.
public enum ModelError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `config.json` (or a sentence-transformers file) is missing a field, holds a bad value, or cannot be read.
    case invalidConfig(String)
    /// `model_type` names an architecture this build does not have.
    case unknownArchitecture(String, known: [String])
    /// A file the model needs is absent.
    case missingFile(String)
    /// Input that cannot be run: an out-of-range token id, an empty sequence, a wrong shape.
    case invalidInput(String)

    public var description: String {
        switch self {
        case let .invalidConfig(reason): "invalid model configuration: \(reason)"
        case let .unknownArchitecture(type, known):
            "unknown model_type \"\(type)\"; this build knows \(known.sorted().joined(separator: ", "))"
        case let .missingFile(path): "the model is missing \(path)"
        case let .invalidInput(reason): "invalid input: \(reason)"
        }
    }
}
