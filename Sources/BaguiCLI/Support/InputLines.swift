import Foundation

/// Texts from the command line, or from standard input one per line when none are given.
enum InputLines {
    /// Why standard input could not be used.
    struct InvalidInput: Error, CustomStringConvertible {
        let description: String
    }

    /// `arguments` if any; otherwise standard input split on newlines (a trailing newline ends the
    /// last line, it does not start an empty one; `\r\n` is accepted). Invalid UTF-8 names the line.
    static func read(arguments: [String]) throws -> [String] {
        if !arguments.isEmpty { return arguments }
        let data = FileHandle.standardInput.readDataToEndOfFile()
        var lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        return try lines.enumerated().map { number, bytes in
            var line = bytes
            if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
            guard let text = String(validating: line, as: UTF8.self) else {
                throw InvalidInput(description: "standard input line \(number + 1) is not valid UTF-8")
            }
            return text
        }
    }
}
