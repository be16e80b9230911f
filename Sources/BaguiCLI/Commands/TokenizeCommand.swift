import ArgumentParser
import Bagui
import Foundation

/// `bagui tokenize`: token ids and tokens, as Python `Tokenizer.from_file(...).encode(text)` gives them.
struct TokenizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokenize",
        abstract: "Tokenize texts with a model's tokenizer.json; prints {\"index\", \"ids\", \"tokens\"} JSON Lines.",
        discussion: "With no TEXT, reads standard input, one text per line. Uses the file's own truncation; no padding.")

    @Option(name: .long, help: "Model folder holding tokenizer.json, or the tokenizer.json file itself.")
    var model: String

    @Argument(help: "Texts to tokenize.")
    var texts: [String] = []

    struct Line: Encodable {
        let index: Int
        let ids: [Int]
        let tokens: [String]
    }

    func run() throws {
        var url = URL(fileURLWithPath: model)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
            url.appendPathComponent("tokenizer.json")
        }
        let tokenizer = try Tokenizer(contentsOf: url)
        var output = StandardOutput()
        for (index, text) in try InputLines.read(arguments: texts).enumerated() {
            let encoding = try tokenizer.encode(text)
            output.write(try JSONOutput.line(Line(index: index, ids: encoding.ids, tokens: encoding.tokens)))
        }
        output.flush()
    }
}
