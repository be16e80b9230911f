/// Why a `tokenizer.json` was refused or an encode/decode call failed.
///
/// Every case carries enough context to say which component or field is at fault; loading never traps
/// on file data (swift-transformers #4, #127 are the counter-examples).
public enum TokenizerError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file is larger than the loader accepts (trust matrix B5).
    case fileTooLarge(bytes: Int, limit: Int)
    /// The file could not be read.
    case unreadableFile(path: String, reason: String)
    /// The bytes are not acceptable JSON (syntax, duplicate key, nesting depth, invalid UTF-8).
    case invalidJSON(String)
    /// A required field is absent or null.
    case missingField(path: String)
    /// A field holds a value of the wrong kind or outside its allowed set.
    case invalidField(path: String, expected: String)
    /// A component's `type` is not implemented, e.g. `("normalizer", "Precompiled")`.
    case unsupportedComponent(kind: String, type: String)
    /// A known component uses an option this port refuses, e.g. a regex `Split` (ReDoS, trust matrix B1).
    case unsupportedOption(component: String, option: String)
    /// The model vocabulary is malformed (ids not a dense 0..<count permutation).
    case invalidVocabulary(String)
    /// A merge names a token that is not in the vocabulary.
    case mergeTokenNotInVocabulary(rank: Int, token: String)
    /// An id in `added_tokens`, a post-processor or a decode call is outside the vocabulary (B2, B3).
    case idOutOfRange(context: String, id: Int, vocabularySize: Int)
    /// An added token's id disagrees with the id the Rust library would assign to it.
    case addedTokenIdMismatch(content: String, fileId: Int, expectedId: Int)
    /// A post-processor refers to a special token it does not define.
    case unknownSpecialToken(context: String, name: String)
    /// The model needed its unknown token but the vocabulary does not contain it.
    case missingUnknownToken(String)
    /// Truncation cannot satisfy `max_length` with the requested strategy.
    case truncationFailed(String)

    /// One sentence saying what was refused and why.
    public var description: String {
        switch self {
        case let .fileTooLarge(bytes, limit):
            "tokenizer file is \(bytes) bytes, above the \(limit)-byte limit"
        case let .unreadableFile(path, reason):
            "cannot read tokenizer file \(path): \(reason)"
        case let .invalidJSON(reason):
            "tokenizer file is not acceptable JSON: \(reason)"
        case let .missingField(path):
            "tokenizer file lacks the required field \(path)"
        case let .invalidField(path, expected):
            "tokenizer field \(path) should be \(expected)"
        case let .unsupportedComponent(kind, type):
            "unsupported \(kind) type '\(type)'"
        case let .unsupportedOption(component, option):
            "\(component) option \(option) is not supported"
        case let .invalidVocabulary(reason):
            "invalid model vocabulary: \(reason)"
        case let .mergeTokenNotInVocabulary(rank, token):
            "merge #\(rank) uses the token '\(token)', which is not in the vocabulary"
        case let .idOutOfRange(context, id, size):
            "\(context) uses id \(id), outside the vocabulary of \(size) tokens"
        case let .addedTokenIdMismatch(content, fileId, expectedId):
            "added token '\(content)' claims id \(fileId) but its id is \(expectedId)"
        case let .unknownSpecialToken(context, name):
            "\(context) refers to the undefined special token '\(name)'"
        case let .missingUnknownToken(token):
            "the model needs its unknown token '\(token)', which is not in the vocabulary"
        case let .truncationFailed(reason):
            "cannot truncate: \(reason)"
        }
    }
}
