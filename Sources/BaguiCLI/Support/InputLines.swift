import Foundation

/// Texts from the command line, or from standard input one per line when none are given.
enum InputLines {
    /// Why standard input could not be used.
    struct InvalidInput: Error, CustomStringConvertible {
        let description: String
    }

    /// Swift decodes `CommandLine.arguments` leniently, replacing invalid bytes with U+FFFD; a text
    /// argument must instead be refused, as standard input is.
    static func checkArgumentsAreUTF8() throws {
        for index in 1..<Int(CommandLine.argc) {
            guard let pointer = CommandLine.unsafeArgv[index] else { continue }
            let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self), count: strlen(pointer))
            guard String(validating: bytes, as: UTF8.self) != nil else {
                throw InvalidInput(description: "command-line argument \(index) is not valid UTF-8")
            }
        }
    }

    /// `arguments` if any; otherwise standard input split on newlines (a trailing newline ends the
    /// last line, it does not start an empty one; `\r\n` is accepted). Invalid UTF-8 names the line.
    static func read(arguments: [String]) throws -> [String] {
        if !arguments.isEmpty {
            try checkArgumentsAreUTF8()
            return arguments
        }
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
