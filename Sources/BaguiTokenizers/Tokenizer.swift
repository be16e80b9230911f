import BaguiJSON
import Foundation

/// A Hugging Face `tokenizer.json` tokenizer that reproduces the Python `tokenizers` 0.23.3 output.
///
/// ```swift
/// let tokenizer = try Tokenizer(contentsOf: modelDirectory.appending(path: "tokenizer.json"))
/// let encoding = try tokenizer.encode("Xin chào!")        // applies the file's truncation
/// let text = try tokenizer.decode(encoding.ids)            // skips special tokens
/// ```
///
/// The pipeline follows `TokenizerImpl::encode_single_sequence` and `post_process`
/// (tokenizers/src/tokenizer/mod.rs): added tokens are cut out of the raw text, the rest is
/// normalized, pre-tokenized and run through the model, then truncated and wrapped in special tokens.
/// Immutable after loading, so one instance may serve many threads.
public final class Tokenizer: Sendable {
    /// The largest `tokenizer.json` accepted, checked before parsing (trust matrix B5).
    public static let maximumFileSize = 64 << 20
    /// The deepest JSON nesting accepted; real files need about 8 levels.
    static let maximumDepth = 64

    let model: any TokenizerModel
    let normalizer: (any Normalizer)?
    let preTokenizer: (any PreTokenizer)?
    let postProcessor: (any PostProcessor)?
    let decoder: (any Decoder)?
    let addedVocabulary: AddedVocabulary

    /// The truncation applied by `encode`: the file's, or the one given to ``withTruncation(maxLength:)``.
    public let truncation: Truncation?
    /// The file's padding settings; `encode` never pads.
    public let padding: Padding?

    /// Loads a `tokenizer.json` file.
    public convenience init(contentsOf url: URL) throws {
        let size: Int
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
            size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        } catch {
            throw TokenizerError.unreadableFile(path: url.path, reason: error.localizedDescription)
        }
        guard size <= Tokenizer.maximumFileSize else {
            throw TokenizerError.fileTooLarge(bytes: size, limit: Tokenizer.maximumFileSize)
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw TokenizerError.unreadableFile(path: url.path, reason: error.localizedDescription)
        }
        try self.init(jsonData: data)
    }

    /// Loads a tokenizer from the bytes of a `tokenizer.json`.
    public convenience init(jsonData: Data) throws {
        guard jsonData.count <= Tokenizer.maximumFileSize else {
            throw TokenizerError.fileTooLarge(bytes: jsonData.count, limit: Tokenizer.maximumFileSize)
        }
        let root: JSONValue
        do {
            root = try StrictJSONParser.parse(jsonData, limits: .init(maxDepth: Tokenizer.maximumDepth))
        } catch {
            throw TokenizerError.invalidJSON(error.description)
        }
        try self.init(root: ConfigNode(root, path: "tokenizer"))
    }

    private init(root: ConfigNode) throws(TokenizerError) {
        guard root.value.object != nil else { throw .invalidField(path: root.path, expected: "an object") }
        let model = try makeModel(root.require("model"))
        let normalizer = try root.optional("normalizer").map { node throws(TokenizerError) in try makeNormalizer(node) }
        self.model = model
        self.normalizer = normalizer
        preTokenizer = try root.optional("pre_tokenizer").map { node throws(TokenizerError) in try makePreTokenizer(node) }
        postProcessor = try root.optional("post_processor").map { node throws(TokenizerError) in try makePostProcessor(node) }
        decoder = try root.optional("decoder").map { node throws(TokenizerError) in try makeDecoder(node) }
        truncation = try root.optional("truncation").map { node throws(TokenizerError) in try Truncation(node) }
        padding = try root.optional("padding").map { node throws(TokenizerError) in try Padding(node) }
        addedVocabulary = try Tokenizer.loadAddedTokens(root.optional("added_tokens"), model: model, normalizer: normalizer)

        // Every id a post-processor can emit must exist (trust matrix B2).
        let size = model.vocabulary.count + addedVocabulary.tokens.filter { $0.id >= model.vocabulary.count }.count
        for (context, id) in postProcessor?.referencedIds ?? [] where id < 0 || id >= size {
            throw .idOutOfRange(context: context, id: id, vocabularySize: size)
        }
        if let padding, padding.padId < 0 || padding.padId >= size {
            throw .idOutOfRange(context: "padding.pad_id", id: padding.padId, vocabularySize: size)
        }
    }

    /// A copy sharing this tokenizer's components with different truncation.
    private init(copying other: Tokenizer, truncation: Truncation?) {
        model = other.model
        normalizer = other.normalizer
        preTokenizer = other.preTokenizer
        postProcessor = other.postProcessor
        decoder = other.decoder
        addedVocabulary = other.addedVocabulary
        padding = other.padding
        self.truncation = truncation
    }

    /// Reads `added_tokens`, refusing ids that disagree with the id Rust would assign (B2): the Python
    /// library silently renumbers such tokens, so the file's ids cannot be trusted either way.
    private static func loadAddedTokens(_ node: ConfigNode?, model: any TokenizerModel, normalizer: (any Normalizer)?) throws(TokenizerError) -> AddedVocabulary {
        guard let node else { return AddedVocabulary(tokens: [], normalizer: normalizer) }
        var parsed: [(content: String, id: Int, special: Bool, singleWord: Bool, lstrip: Bool, rstrip: Bool, normalized: Bool)] = []
        for entry in try node.array() {
            let content = try entry.require("content").string()
            let special = try entry.bool("special", default: false)
            parsed.append((content, try entry.require("id").int(), special, try entry.bool("single_word", default: false),
                           try entry.bool("lstrip", default: false), try entry.bool("rstrip", default: false),
                           try entry.bool("normalized", default: !special)))
        }
        parsed.removeAll { $0.content.isEmpty }  // add_tokens ignores empty contents
        let assigned = AddedVocabulary.assignedIds(contents: parsed.map(\.content), model: model.vocabulary)
        var tokens: [AddedToken] = []
        var seen = Set<[UInt8]>()
        for (token, expected) in zip(parsed, assigned) {
            guard token.id >= 0, token.id <= model.vocabulary.count + parsed.count else {
                throw .idOutOfRange(context: "added token '\(token.content)'", id: token.id, vocabularySize: model.vocabulary.count + parsed.count)
            }
            guard token.id == expected else { throw .addedTokenIdMismatch(content: token.content, fileId: token.id, expectedId: expected) }
            // A repeated content keeps its first declaration's flags.
            guard seen.insert(Array(token.content.utf8)).inserted else { continue }
            tokens.append(AddedToken(
                content: token.content, scalars: Array(token.content.unicodeScalars), id: token.id, special: token.special,
                singleWord: token.singleWord, lstrip: token.lstrip, rstrip: token.rstrip, normalized: token.normalized))
        }
        return AddedVocabulary(tokens: tokens, normalizer: normalizer)
    }

    // MARK: - Public queries

    /// The number of ids: the model vocabulary plus added tokens outside it (`get_vocab_size(true)`).
    public var vocabularySize: Int {
        model.vocabulary.count + addedVocabulary.tokens.filter { $0.id >= model.vocabulary.count }.count
    }

    /// `"WordPiece"` or `"BPE"`.
    public var modelKind: String { model.kind }

    /// The id of a token text, added tokens first, compared byte for byte.
    public func id(forToken token: String) -> Int? {
        if let index = addedVocabulary.indexByContent[Array(token.utf8)] { return addedVocabulary.tokens[index].id }
        return model.vocabulary.id(for: token)
    }

    /// The text of an id, added tokens first (normalized added tokens report their normalized text, as
    /// Python's `id_to_token` does).
    public func token(forId id: Int) -> String? {
        if let index = addedVocabulary.indexById[id] { return addedVocabulary.reportedContent[index] }
        guard id >= 0, id < model.vocabulary.count else { return nil }
        return model.vocabulary.tokens[id]
    }

    /// The padding token's id from the file's `padding`, if any.
    public var padTokenId: Int? { padding?.padId }

    /// A copy truncating at `maxLength` tokens (special tokens included), keeping the file's strategy
    /// and direction; sentence-transformers' `max_seq_length` overrides the file's value this way.
    public func withTruncation(maxLength: Int) -> Tokenizer {
        var settings = truncation ?? Truncation(maxLength: maxLength)
        settings.maxLength = max(0, maxLength)
        return Tokenizer(copying: self, truncation: settings)
    }

    /// Pads `encoding` to `length` (default: the file's fixed padding length) with the file's pad token,
    /// on the file's side. Returns the encoding unchanged when no padding is configured or it is longer.
    public func pad(_ encoding: Encoding, toLength length: Int? = nil) -> Encoding {
        guard let padding else { return encoding }
        var target = length ?? { if case let .fixed(n) = padding.strategy { n } else { encoding.count } }()
        if let multiple = padding.padToMultipleOf, multiple > 0, target % multiple != 0 { target += multiple - target % multiple }
        let missing = target - encoding.count
        guard missing > 0 else { return encoding }
        var padded = encoding
        let ids = Array(repeating: padding.padId, count: missing)
        let tokens = Array(repeating: padding.padToken, count: missing)
        let typeIds = Array(repeating: padding.padTypeId, count: missing)
        let mask = Array(repeating: 0, count: missing)
        if padding.direction == .right {
            padded.ids += ids; padded.tokens += tokens; padded.typeIds += typeIds; padded.attentionMask += mask
        } else {
            padded.ids = ids + padded.ids; padded.tokens = tokens + padded.tokens
            padded.typeIds = typeIds + padded.typeIds; padded.attentionMask = mask + padded.attentionMask
        }
        return padded
    }
}
