/// A plain-text table for terminals: left-aligned columns measured in terminal cells (Han and other
/// wide characters take two, Thai and Vietnamese combining marks none), long cells cut with "…".
struct TextTable {
    let columns: [String]
    var maxWidth = 48

    func render(_ rows: [[String]]) -> String {
        let cells = ([columns] + rows).map { row in row.map { cut($0.replacingOccurrences(of: "\n", with: " ")) } }
        var widths = columns.map { _ in 0 }
        for row in cells { for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], Self.width(cell)) } }
        let lines = cells.map { row in
            row.enumerated().map { i, cell in i == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[i] - Self.width(cell)) }
                .joined(separator: "  ")
        }
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
        return ([lines[0], rule] + lines.dropFirst()).joined(separator: "\n")
    }

    /// `text` cut to at most ``maxWidth`` cells.
    private func cut(_ text: String) -> String {
        guard Self.width(text) > maxWidth else { return text }
        var result = "", used = 0
        for character in text {
            let cells = Self.width(String(character))
            guard used + cells <= maxWidth - 1 else { break }
            result.append(character)
            used += cells
        }
        return result + "…"
    }

    /// Terminal cells `text` occupies.
    static func width(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + cells($1) }
    }

    private static func cells(_ scalar: Unicode.Scalar) -> Int {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return 0
        default: break
        }
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F,
             0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }
}
