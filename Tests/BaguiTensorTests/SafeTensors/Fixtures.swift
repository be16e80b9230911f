import Foundation
import Testing

@testable import BaguiTensor

#if canImport(Glibc)
import Glibc
#endif

/// A fresh temporary directory, removed with everything in it when this goes away.
final class TempDir {
    let path: String

    init() throws {
        let template = NSTemporaryDirectory() + "bagui-st-XXXXXX"
        var bytes = Array(template.utf8CString)
        guard let made = mkdtemp(&bytes) else { throw POSIXError(.EIO) }
        path = String(cString: made)
    }

    /// Writes `bytes` to `name` in the directory and returns the full path.
    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let full = path + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: full))
        return full
    }

    /// Writes `text` to `name` as UTF-8.
    @discardableResult
    func write(_ name: String, text: String) throws -> String { try write(name, Array(text.utf8)) }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}

/// The bytes of a safetensors file built by hand: `prefix` (default: the header's length), the
/// header text, `padding` bytes after it, then `data`.
func rawFile(header: String, data: [UInt8] = [], padding: [UInt8] = [], prefix: UInt64? = nil) -> [UInt8] {
    let headerBytes = Array(header.utf8) + padding
    var out: [UInt8] = []
    withUnsafeBytes(of: (prefix ?? UInt64(headerBytes.count)).littleEndian) { out.append(contentsOf: $0) }
    return out + headerBytes + data
}

/// One tensor entry for hand-written headers.
func entry(_ name: String, _ dtype: String = "F32", shape: [Int], offsets: (Int, Int)) -> String {
    "\"\(name)\":{\"dtype\":\"\(dtype)\",\"shape\":[\(shape.map(String.init).joined(separator: ","))],\"data_offsets\":[\(offsets.0),\(offsets.1)]}"
}

/// Writes `bytes` as a file and opens it, returning the error it is refused with (nil if accepted).
func openError(_ bytes: [UInt8], name: String = "model.safetensors") throws -> SafeTensorsError? {
    let dir = try TempDir()
    let path = try dir.write(name, bytes)
    do {
        _ = try SafeTensorsFile(path: path)
        return nil
    } catch {
        return error
    }
}

/// Writes `bytes` as a file and opens it; the file stays alive with its directory.
func openFile(_ bytes: [UInt8], in dir: TempDir, name: String = "model.safetensors") throws -> SafeTensorsFile {
    try SafeTensorsFile(path: dir.write(name, bytes))
}

extension SafeTensorsError {
    /// The enum case's name, e.g. "invalidOffsets", for matching without spelling out every payload.
    var caseName: String { Mirror(reflecting: self).children.first?.label ?? "\(self)" }
}

/// Little-endian bytes of float32 values.
func f32Bytes(_ values: [Float]) -> [UInt8] {
    values.flatMap { v in withUnsafeBytes(of: v.bitPattern.littleEndian) { Array($0) } }
}

/// Little-endian bytes of 16-bit patterns.
func u16Bytes(_ values: [UInt16]) -> [UInt8] {
    values.flatMap { v in withUnsafeBytes(of: v.littleEndian) { Array($0) } }
}

/// Peak resident set size of this process so far, in bytes (`getrusage` reports kilobytes on Linux).
func peakRSS() -> Int {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return usage.ru_maxrss * 1024
}

/// Creates a sparse file of `size` bytes whose first bytes are `prefix`, without writing the rest.
func sparseFile(at path: String, size: Int, prefix: [UInt8]) throws {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard fd >= 0 else { throw POSIXError(.EIO) }
    defer { close(fd) }
    guard ftruncate(fd, off_t(size)) == 0 else { throw POSIXError(.EIO) }
    let written = prefix.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
    guard written == prefix.count else { throw POSIXError(.EIO) }
}
