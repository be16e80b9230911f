import ArgumentParser
import Bagui
import Foundation

/// `bagui embed`: sentence embeddings as JSON Lines, in input order.
struct EmbedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "embed",
        abstract: "Embed texts with a sentence-transformers model; prints {\"index\", \"embedding\"} JSON Lines.",
        discussion: "With no TEXT, reads standard input, one text per line.")

    @Option(name: .long, help: "Model folder (config.json, tokenizer.json, model.safetensors, sentence-transformers files).")
    var model: String

    @Option(name: .long, help: "Texts per forward pass.")
    var batchSize: Int = 32

    @Argument(help: "Texts to embed.")
    var texts: [String] = []

    func validate() throws {
        guard batchSize > 0 else { throw ValidationError("--batch-size must be at least 1") }
    }

    func run() throws {
        let inputs = try InputLines.read(arguments: texts)
        let embedder = try SentenceEmbedder(directory: URL(fileURLWithPath: model))
        let vectors = try embedder.embed(inputs, batchSize: batchSize)
        var output = StandardOutput()
        for (index, vector) in vectors.enumerated() {
            output.write("{\"index\":\(index),\"embedding\":\(JSONOutput.floats(vector))}")
        }
        output.flush()
    }
}
