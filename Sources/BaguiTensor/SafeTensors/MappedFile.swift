#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A whole file mapped read-only into memory, unmapped when the last tensor viewing it goes away.
///
/// `@unchecked Sendable` is safe because the mapping is `PROT_READ` and every stored property is a
/// `let`: nothing can write through it from any thread. The hazard that remains is outside the
/// process: if another program truncates the file while it is mapped, reading the lost pages
/// raises SIGBUS (safetensors-rules §1.6 rule 7). Load only from a store nobody rewrites in place.
public final class MappedFile: @unchecked Sendable {
    /// First byte of the mapping (page aligned); nil only for an empty file.
    public let base: UnsafeRawPointer?
    /// Size of the file and of the mapping, in bytes.
    public let byteCount: Int

    /// The bytes of the file.
    public var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: byteCount) }

    /// Maps the file open on `descriptor`, which is `byteCount` bytes long; the caller keeps
    /// ownership of the descriptor (the mapping outlives it).
    init(descriptor: Int32, byteCount: Int, file: String) throws(SafeTensorsError) {
        self.byteCount = byteCount
        guard byteCount > 0 else {
            base = nil
            return
        }
        let address = mmap(nil, byteCount, PROT_READ, MAP_PRIVATE, descriptor, 0)
        guard let address, address != MAP_FAILED else {
            throw .io(file: file, operation: "map the file", reason: systemError())
        }
        base = UnsafeRawPointer(address)
    }

    deinit {
        if let base { munmap(UnsafeMutableRawPointer(mutating: base), byteCount) }
    }
}

/// An open read-only file descriptor, closed when this goes out of scope.
struct OpenFile: ~Copyable {
    let descriptor: Int32
    let size: Int
    let name: String

    /// Opens `path` read-only and checks that it is a regular file. `name` is what errors show.
    init(path: String, name: String) throws(SafeTensorsError) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .io(file: name, operation: "open the file", reason: systemError()) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            let reason = systemError()
            close(descriptor)
            throw .io(file: name, operation: "inspect the file", reason: reason)
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            close(descriptor)
            throw .notRegularFile(file: name)
        }
        self.descriptor = descriptor
        self.size = Int(info.st_size)
        self.name = name
    }

    /// Reads exactly `count` bytes at `offset` into `buffer`; a short read is an error.
    func read(into buffer: UnsafeMutableRawBufferPointer, at offset: Int) throws(SafeTensorsError) {
        guard let start = buffer.baseAddress else { return }
        var done = 0
        while done < buffer.count {
            let n = pread(descriptor, start + done, buffer.count - done, off_t(offset + done))
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else {
                throw .io(file: name, operation: "read the file", reason: n == 0 ? "unexpected end of file" : systemError())
            }
            done += n
        }
    }

    /// Reads the whole (small) file; used for the index, after its size has been checked.
    func readAll() throws(SafeTensorsError) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: size)
        var failure: SafeTensorsError?
        bytes.withUnsafeMutableBytes { buffer in
            do throws(SafeTensorsError) { try read(into: buffer, at: 0) } catch { failure = error }
        }
        if let failure { throw failure }
        return bytes
    }

    deinit { close(descriptor) }
}

/// The C library's message for the current `errno`.
func systemError() -> String {
    let code = errno
    guard let message = strerror(code) else { return "error \(code)" }
    return String(cString: message)
}

/// `write(2)`, under a name that does not clash with the writer's own `write`.
func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}
