import Bagui
import Foundation

/// all-MiniLM-L6-v2 (fetched by `Scripts/fetch-minilm.sh` into `.cache/models`) and the
/// sentence-transformers reference embeddings in `Tests/BaguiModelsTests/Fixtures/minilm`.
enum MiniLMFixture {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let modelDirectory: URL = {
        if let path = ProcessInfo.processInfo.environment["BAGUI_MINILM"] { return URL(fileURLWithPath: path) }
        return packageRoot.appendingPathComponent(".cache/models/all-MiniLM-L6-v2")
    }()

    static var isAvailable: Bool { FileManager.default.fileExists(atPath: modelDirectory.appendingPathComponent("model.safetensors").path) }

    /// Loaded once for all tests.
    static let embedder: SentenceEmbedder? = try? SentenceEmbedder(directory: modelDirectory)

    private static let fixtures = packageRoot.appendingPathComponent("Tests/BaguiModelsTests/Fixtures/minilm")

    static let texts: [String] = {
        guard let data = try? Data(contentsOf: fixtures.appendingPathComponent("texts.json")) else { return [] }
        return (try? JSONSerialization.jsonObject(with: data)) as? [String] ?? []
    }()

    static let reference: [[Float]] = {
        guard let data = try? Data(contentsOf: fixtures.appendingPathComponent("reference.json")),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let rows = object["embeddings"] as? [[Double]] else { return [] }
        return rows.map { $0.map(Float.init) }
    }()

    /// Largest absolute difference between two vectors (infinity when the lengths differ).
    static func maxDifference(_ a: [Float], _ b: [Float]) -> Float {
        guard a.count == b.count else { return .infinity }
        return zip(a, b).map { abs($0 - $1) }.max() ?? 0
    }
}
