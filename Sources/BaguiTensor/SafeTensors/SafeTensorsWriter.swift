#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes safetensors files that ``SafeTensorsFile`` accepts: for test fixtures and for exporting.
///
/// ```swift
/// let bytes = try SafeTensorsWriter.serialize([.init(name: "w", shape: [2], floats: [1, 2])])
/// ```
///
/// Layout follows safetensors `tensor.rs` (`prepare`/`serialize`): tensors sorted by descending
/// dtype alignment, then by name, so every tensor stays aligned to its element size; the header is
/// padded with spaces (0x20) so the data starts at a multiple of 8. Zero-size tensors go last, at
/// the end of the data, the only place ``SafeTensorsHeader``'s zero-size policy accepts them. The
/// output is deterministic, so write → read → write is byte-identical (trust matrix A21).
public enum SafeTensorsWriter {
    /// One tensor to write: its name, dtype, shape and little-endian bytes.
    public struct Entry: Sendable, Equatable {
        /// Full tensor name.
        public var name: String
        /// Element type of `bytes`.
        public var dtype: DType
        /// Dimensions, outermost first.
        public var shape: [Int]
        /// The raw little-endian data; its length must equal the shape's element count × size.
        public var bytes: [UInt8]

        /// An entry from raw bytes.
        public init(name: String, dtype: DType, shape: [Int], bytes: [UInt8]) {
            self.name = name
            self.dtype = dtype
            self.shape = shape
            self.bytes = bytes
        }

        /// An F32 entry from float values.
        public init(name: String, shape: [Int], floats: [Float]) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(floats.count * 4)
            for f in floats { withUnsafeBytes(of: f.bitPattern.littleEndian) { bytes.append(contentsOf: $0) } }
            self.init(name: name, dtype: .f32, shape: shape, bytes: bytes)
        }
    }

    /// The bytes of a safetensors file holding `entries` and `metadata`.
    /// Refuses duplicate or reserved names and entries whose byte count disagrees with their shape.
    public static func serialize(_ entries: [Entry], metadata: [String: String] = [:], file: String = "<memory>") throws(SafeTensorsError) -> [UInt8] {
        var seen = Set<String>()
        for e in entries {
            guard e.name != "__metadata__" else {
                throw .invalidTensorEntry(file: file, tensor: e.name, reason: "the name is reserved for metadata")
            }
            guard seen.insert(e.name).inserted else { throw .duplicateKey(file: file, key: e.name) }
            guard e.shape.count <= SafeTensorsHeader.maxRank, e.shape.allSatisfy({ $0 >= 0 }) else {
                throw .invalidShape(file: file, tensor: e.name, reason: "\(e.shape) is not at most \(SafeTensorsHeader.maxRank) non-negative dimensions")
            }
            var bits = e.dtype.bitSize
            for d in e.shape {
                let (product, overflow) = bits.multipliedReportingOverflow(by: d)
                guard !overflow else { throw .validationOverflow(file: file, tensor: e.name) }
                bits = product
            }
            guard bits % 8 == 0 else { throw .misalignedSlice(file: file, tensor: e.name) }
            guard bits / 8 == e.bytes.count else {
                throw .tensorInvalidInfo(file: file, tensor: e.name, expected: bits / 8, actual: e.bytes.count)
            }
        }

        let ordered = entries.sorted { a, b in
            if a.bytes.isEmpty != b.bytes.isEmpty { return !a.bytes.isEmpty }
            if a.dtype.alignment != b.dtype.alignment { return a.dtype.alignment > b.dtype.alignment }
            return a.name < b.name
        }

        var json = "{"
        var members: [String] = []
        if !metadata.isEmpty {
            let pairs = metadata.keys.sorted().map { "\(quoted($0)):\(quoted(metadata[$0] ?? ""))" }
            members.append("\"__metadata__\":{\(pairs.joined(separator: ","))}")
        }
        var offset = 0
        for e in ordered {
            let shape = e.shape.map(String.init).joined(separator: ",")
            members.append("\(quoted(e.name)):{\"dtype\":\"\(e.dtype.rawValue)\",\"shape\":[\(shape)],\"data_offsets\":[\(offset),\(offset + e.bytes.count)]}")
            offset += e.bytes.count
        }
        json += members.joined(separator: ",") + "}"

        var header = Array(json.utf8)
        header.append(contentsOf: repeatElement(0x20, count: (8 - header.count % 8) % 8))
        guard header.count <= SafeTensorsHeader.maxHeaderLength else {
            throw .headerTooLarge(file: file, claimed: UInt64(header.count), limit: SafeTensorsHeader.maxHeaderLength)
        }

        var out: [UInt8] = []
        out.reserveCapacity(8 + header.count + offset)
        withUnsafeBytes(of: UInt64(header.count).littleEndian) { out.append(contentsOf: $0) }
        out.append(contentsOf: header)
        for e in ordered { out.append(contentsOf: e.bytes) }
        return out
    }

    /// Writes `entries` and `metadata` as a safetensors file at `path` (created or replaced).
    public static func write(_ entries: [Entry], metadata: [String: String] = [:], to path: String) throws(SafeTensorsError) {
        let name = String(path.split(separator: "/").last ?? Substring(path))
        let bytes = try serialize(entries, metadata: metadata, file: name)
        try writeFile(bytes, to: path, name: name)
    }

    /// Writes `bytes` to `path`, replacing any file there.
    static func writeFile(_ bytes: [UInt8], to path: String, name: String) throws(SafeTensorsError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .io(file: name, operation: "create the file", reason: systemError()) }
        defer { close(descriptor) }
        var failure: String?
        bytes.withUnsafeBytes { buffer in
            var done = 0
            while done < buffer.count, let base = buffer.baseAddress {
                let n = systemWrite(descriptor, base + done, buffer.count - done)
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else {
                    failure = systemError()
                    return
                }
                done += n
            }
        }
        if let failure { throw .io(file: name, operation: "write the file", reason: failure) }
    }

    /// `s` as a JSON string literal. Swift strings are valid Unicode, so only quotes, backslashes
    /// and control characters need escapes (RFC 8259 §7).
    static func quoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
