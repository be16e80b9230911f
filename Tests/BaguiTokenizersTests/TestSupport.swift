import Foundation
import Testing

@testable import BaguiTokenizers

/// Fixture and reference loading shared by the tokenizer tests.
enum Fixtures {
    /// The repository root, derived from this file's path (Tests/BaguiTokenizersTests/TestSupport.swift).
    static let repositoryRoot = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// all-MiniLM-L6-v2's tokenizer, fetched by Scripts/fetch-minilm.sh (run by `make test`).
    static let miniLMURL = repositoryRoot.appending(path: ".cache/models/all-MiniLM-L6-v2/tokenizer.json")

    /// The byte-level BPE the three text bundles share (trained by Models/shared-text/train_tokenizer.py).
    static let baguiTextURL = repositoryRoot.appending(path: "Models/shared-text/tokenizer.json")

    /// The trained fixture tokenizers, by name (Fixtures/<name>.json).
    static let trainedNames = ["roberta", "gpt2", "bert-cased", "added-tokens", "bpe-whitespace", "class-split"]
    /// Every tokenizer with references: the fixtures, MiniLM and the text bundles' tokenizer.
    static let allNames = trainedNames + ["all-MiniLM-L6-v2", "bagui-text"]

    static func url(_ name: String, _ ext: String) throws -> URL {
        try #require(Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Fixtures"),
                     "missing fixture Fixtures/\(name).\(ext)")
    }

    /// Loads a tokenizer by fixture name; MiniLM must have been fetched, and its absence fails the test.
    static func tokenizer(_ name: String) throws -> Tokenizer {
        if name == "all-MiniLM-L6-v2" {
            try #require(FileManager.default.fileExists(atPath: miniLMURL.path),
                         "all-MiniLM-L6-v2 is missing at \(miniLMURL.path): run Scripts/fetch-minilm.sh (make test does)")
            return try Tokenizer(contentsOf: miniLMURL)
        }
        if name == "bagui-text" { return try Tokenizer(contentsOf: baguiTextURL) }
        return try Tokenizer(contentsOf: url(name, "json"))
    }

    private struct CorpusLine: Decodable { let text: String }

    /// The corpus lines, in order. Read with `JSONDecoder`: Linux `JSONSerialization` drops a U+FEFF
    /// at the start of a string value, which would silently change a test input.
    static let corpus: [String] = {
        guard let url = Bundle.module.url(forResource: "corpus", withExtension: "jsonl", subdirectory: "Fixtures"),
              let data = try? Data(contentsOf: url) else { return [] }
        return data.split(separator: UInt8(ascii: "\n")).compactMap { line in
            try? JSONDecoder().decode(CorpusLine.self, from: Data(line)).text
        }
    }()

    struct Single: Decodable {
        let ids: [Int]
        let tokens: [String]
        let type_ids: [Int]
        let decoded: String
        let decoded_with_special: String
    }

    struct Pair: Decodable {
        let index: Int
        let ids: [Int]?
        let tokens: [String]?
        let type_ids: [Int]?
        let error: String?
    }

    struct Plain: Decodable {
        let index: Int
        let ids: [Int]
        let tokens: [String]
        let type_ids: [Int]
    }

    struct TokenizerReferences: Decodable {
        let single: [Single]
        let pairs: [Pair]
        let no_special_tokens: [Plain]
    }

    struct References: Decodable {
        let tokenizers_version: String
        let corpus_lines: Int
        let tokenizers: [String: TokenizerReferences]
    }

    /// references.json, produced by make_references.py with Python tokenizers 0.23.3.
    static let references: References? = {
        guard let url = Bundle.module.url(forResource: "references", withExtension: "json", subdirectory: "Fixtures"),
              let data = try? Data(contentsOf: url) else { return nil }
        return try? JSONDecoder().decode(References.self, from: data)
    }()

    static func references(for name: String) throws -> TokenizerReferences {
        let all = try #require(references, "Fixtures/references.json is missing or unreadable")
        return try #require(all.tokenizers[name], "no references for \(name)")
    }
}

/// Token texts compared byte for byte: Swift `==` on strings treats canonically equivalent text as
/// equal, which would hide an NFC/NFD difference.
func sameBytes(_ a: [String], _ b: [String]) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { Array($0.utf8) == Array($1.utf8) }
}

func sameBytes(_ a: String, _ b: String) -> Bool { Array(a.utf8) == Array(b.utf8) }

/// A short printable form of a string for failure messages.
func visible(_ s: String) -> String {
    s.unicodeScalars.map { $0.value < 0x20 || ($0.value >= 0x7F && $0.value < 0xA0) ? "\\u{\(String($0.value, radix: 16))}" : String($0) }.joined()
}
