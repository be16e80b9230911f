import Foundation

/// Writing results as JSON for scripts, one object per line where the command streams.
enum JSONOutput {
    /// `value` as compact JSON with sorted keys, as one line.
    static func line<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// `value` as indented JSON with sorted keys.
    static func pretty<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// A float array in the shortest form that reads back to the same float (`[0.1, -2.5e-05]`).
    static func floats(_ values: [Float]) -> String {
        var text = "["
        text.reserveCapacity(values.count * 12)
        for (i, value) in values.enumerated() {
            if i > 0 { text += "," }
            text += value.isFinite ? value.description : "null"
        }
        return text + "]"
    }
}

/// Standard output, buffered: printing embeddings line by line through `print` is slow.
struct StandardOutput {
    private var buffer = Data()

    /// Appends `line` and a newline, flushing when the buffer is large.
    mutating func write(_ line: String) {
        buffer.append(contentsOf: line.utf8)
        buffer.append(UInt8(ascii: "\n"))
        if buffer.count > 1 << 16 { flush() }
    }

    /// Writes out what is buffered.
    mutating func flush() {
        FileHandle.standardOutput.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
