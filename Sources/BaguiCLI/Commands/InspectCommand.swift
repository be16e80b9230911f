import ArgumentParser
import Bagui
import Foundation

/// `bagui inspect`: a model folder's architecture, size and tensors, after full validation.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Validate a model folder completely and describe it: architecture, parameters, dtypes, tensors, tokenizer.")

    @Argument(help: "Model folder.")
    var directory: String

    @Flag(name: .long, help: "Print JSON instead of text.")
    var json = false

    @Flag(name: .long, help: "List every tensor in the text output.")
    var tensors = false

    func run() throws {
        let inspection = try ModelInspection.inspect(directory: URL(fileURLWithPath: directory))
        if json {
            print(try JSONOutput.pretty(inspection))
            return
        }
        let dtypes = inspection.dtypes.sorted { $0.key < $1.key }.map { "\($0.key) ×\($0.value)" }.joined(separator: ", ")
        var lines = [
            "Architecture:  \(inspection.architecture)",
            "Parameters:    \(inspection.parameters.formatted()) (\(String(format: "%.1f", Double(inspection.parameters) / 1e6)) M)",
            "Tensors:       \(inspection.tensors.count) (\(dtypes))",
            "Tokenizer:     \(inspection.tokenizer.map { "\($0), \(inspection.vocabularySize ?? 0) tokens" } ?? "none")",
            "Validation:    passed (header, offsets, shapes against config.json, every tensor used)",
        ]
        if tensors {
            lines.append("")
            lines += inspection.tensors.map { "  \($0.name)  \($0.dtype) \($0.shape)" }
        }
        print(lines.joined(separator: "\n"))
    }
}
