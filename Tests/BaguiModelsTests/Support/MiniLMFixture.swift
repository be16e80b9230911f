import Foundation
import Testing

/// all-MiniLM-L6-v2 and its sentence-transformers reference outputs, shared by the parity tests.
enum MiniLMFixture {
    /// `<repo>/.cache/models/all-MiniLM-L6-v2`, fetched by `make test` (Scripts/fetch-minilm.sh).
    static let directory: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }  // Support → BaguiModelsTests → Tests → repo
        return url.appendingPathComponent(".cache/models/all-MiniLM-L6-v2")
    }()

    /// Fails the calling test (never skips it) when the model has not been fetched.
    static func requireModel(sourceLocation: SourceLocation = #_sourceLocation) throws -> URL {
        let weights = directory.appendingPathComponent("model.safetensors")
        try #require(FileManager.default.fileExists(atPath: weights.path),
                     "all-MiniLM-L6-v2 is missing at \(directory.path); run Scripts/fetch-minilm.sh (make test does)",
                     sourceLocation: sourceLocation)
        return directory
    }

    /// `Fixtures/minilm/reference.json`, written by `Fixtures/minilm/make_reference.py`.
    struct Reference: Decodable {
        let embeddings: [[Float]]
        let inputIds: [[Int]]
        let tokenCounts: [Int]
        let hiddenStates: [[[Float]]]
        let maxSeqLength: Int
    }

    static let texts: [String] = load("texts")
    static let reference: Reference = load("reference")

    private static func load<T: Decodable>(_ name: String) -> T {
        guard let url = Bundle.module.url(forResource: "Fixtures/minilm/\(name)", withExtension: "json"),
              let data = try? Data(contentsOf: url) else { preconditionFailure("test fixture Fixtures/minilm/\(name).json is missing") }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        do { return try decoder.decode(T.self, from: data) } catch { preconditionFailure("Fixtures/minilm/\(name).json: \(error)") }
    }
}

/// Largest absolute elementwise difference.
func maxAbsDifference(_ a: [Float], _ b: [Float]) -> Float {
    precondition(a.count == b.count, "compared vectors differ in length")
    return zip(a, b).reduce(0) { max($0, abs($1.0 - $1.1)) }
}

/// Cosine similarity, computed in Double.
func cosine(_ a: [Float], _ b: [Float]) -> Double {
    var dot = 0.0, na = 0.0, nb = 0.0
    for (x, y) in zip(a, b) {
        dot += Double(x) * Double(y)
        na += Double(x) * Double(x)
        nb += Double(y) * Double(y)
    }
    return dot / (na.squareRoot() * nb.squareRoot())
}
