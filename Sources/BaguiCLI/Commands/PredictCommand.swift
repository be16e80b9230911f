import ArgumentParser
import Bagui
import Foundation

/// `bagui predict`: one domain model bundle on one request, checked against its manifest.
struct PredictCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "predict",
        abstract: "Run a model bundle (Models/<name>) on one JSON request and print the result.",
        discussion: "The request is checked against the bundle's manifest: a missing field, a wrong type, a value out of range or NaN is an error naming the field.")

    @Option(name: .long, help: "Bundle folder, e.g. Models/sugarcane-yield.")
    var model: String

    @Option(name: .long, help: "The request: inline JSON, @FILE to read a file, or - for standard input.")
    var input: String

    @Flag(name: .long, help: "Print the result as JSON (default: one field per line).")
    var json = false

    func run() throws {
        let bundle = try ModelBundle(directory: URL(fileURLWithPath: model))
        let request = try StrictJSONParser.parse(try RequestText.read(input), limits: .init(maxDepth: 64))
        let result = try bundle.load(plugins: .builtIn).predict(request)
        if json {
            print(String(decoding: try JSONEncoder.sorted.encode(JSONValue.object(result)), as: UTF8.self))
        } else {
            print("\(bundle.manifest.id) (\(bundle.manifest.task), \(bundle.manifest.domain))")
            for (key, value) in result.members { print("  \(key): \(ReadableJSON.text(value))") }
        }
    }
}

/// The text of a request given as inline JSON, `@file` or `-` (standard input).
enum RequestText {
    /// Largest request read: 16 MiB.
    static let limit = 16 << 20

    static func read(_ argument: String) throws -> Data {
        let data: Data
        if argument == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else if argument.hasPrefix("@") {
            let path = String(argument.dropFirst())
            guard let contents = FileManager.default.contents(atPath: path) else { throw ValidationError("cannot read the request file \(path)") }
            data = contents
        } else {
            data = Data(argument.utf8)
        }
        guard data.count <= limit else { throw ValidationError("the request is larger than 16 MiB") }
        return data
    }
}

/// Compact, human-readable rendering of result values.
enum ReadableJSON {
    static func text(_ value: JSONValue) -> String {
        switch value {
        case .number(let n): return Double(n).map { abs($0) >= 0.001 || $0 == 0 ? String(format: "%.4g", $0) : String(format: "%.3e", $0) } ?? n
        case .string(let s): return s
        case .bool(let b): return String(b)
        case .null: return "null"
        case .array(let a): return "[" + a.map(text).joined(separator: ", ") + "]"
        case .object(let o): return o.members.map { "\($0.key)=\(text($0.value))" }.joined(separator: " ")
        }
    }
}

extension JSONEncoder {
    /// Compact JSON with sorted keys.
    static var sorted: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
