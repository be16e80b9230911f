#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One safetensors file, mapped read-only and validated, handing out tensors as float32.
///
/// ```swift
/// let file = try SafeTensorsFile(path: dir + "/model.safetensors")
/// let w = try file.tensor("encoder.layer.0.attention.self.query.weight")   // (384, 384), a view
/// ```
///
/// F32 tensors are zero-copy views into the mapping (when 4-byte aligned, which the reference
/// writer guarantees by padding the header to 8 bytes); F16 and BF16 are converted to owned F32
/// copies. Other dtypes are listed by ``info(_:)`` but ``tensor(_:)`` refuses them.
/// Assumes a little-endian host, like the format (x86_64 and arm64).
public final class SafeTensorsFile: Sendable {
    /// The file's name as shown in errors (its name in the model directory, not a full path).
    public let name: String
    /// The validated header.
    public let header: SafeTensorsHeader
    private let mapping: MappedFile
    /// Views the whole mapping; every F32 view shares it and so keeps the mapping alive.
    private let storage: TensorStorage

    /// Opens, maps and validates the file at `path`. `name` defaults to the path's last component.
    public init(path: String, name: String? = nil) throws(SafeTensorsError) {
        let displayName = name ?? String(path.split(separator: "/").last ?? Substring(path))
        let file = try OpenFile(path: path, name: displayName)
        // Read exactly the 8-byte prefix and check it before mapping or allocating anything else.
        guard file.size >= 8 else { throw .headerTooSmall(file: displayName, fileSize: file.size) }
        var prefix: UInt64 = 0
        try withUnsafeMutableBytes(of: &prefix) { (buffer) throws(SafeTensorsError) in try file.read(into: buffer, at: 0) }
        _ = try SafeTensorsHeader.headerLength(prefix: UInt64(littleEndian: prefix), fileSize: file.size, file: displayName)

        let mapping = try MappedFile(descriptor: file.descriptor, byteCount: file.size, file: displayName)
        guard let base = mapping.base else { throw .headerTooSmall(file: displayName, fileSize: 0) }
        self.header = try SafeTensorsHeader.parse(fileBytes: mapping.bytes, file: displayName)
        self.name = displayName
        self.mapping = mapping
        self.storage = TensorStorage(viewing: base, byteCount: mapping.byteCount, owner: mapping)
    }

    /// Tensor names in file (offset) order.
    public var names: [String] { header.tensors.map(\.name) }
    /// The `__metadata__` map (empty when absent).
    public var metadata: [String: String] { header.metadata }

    /// What the header says about `name`, or nil when there is no such tensor.
    public func info(_ name: String) -> TensorInfo? { header[name] }

    /// The tensor `name` as float32: a view into the mapping for aligned F32, otherwise a copy.
    public func tensor(_ name: String) throws(SafeTensorsError) -> Tensor {
        guard let info = header[name] else { throw .tensorNotFound(file: self.name, tensor: name) }
        guard info.dtype.isLoadableAsFloat32 else { throw .dtypeNotLoadable(file: self.name, tensor: name, dtype: info.dtype) }
        let count = info.elementCount
        if count == 0 { return Tensor(shape: info.shape, values: []) }
        let offset = header.dataStart + info.dataOffsets.lowerBound  // within the file: validated
        let source = storage.base + offset
        switch info.dtype {
        case .f32 where offset % MemoryLayout<Float>.alignment == 0:
            return Tensor(shape: info.shape, storage: storage, byteOffset: offset)
        case .f32:
            let copy = TensorStorage(floatCount: count) { memcpy($0, source, count * 4) }
            return Tensor(shape: info.shape, storage: copy)
        case .f16:
            let copy = TensorStorage(floatCount: count) { HalfConversion.convertHalf(source, to: $0, count: count) }
            return Tensor(shape: info.shape, storage: copy)
        default:  // .bf16, the only other loadable type
            let copy = TensorStorage(floatCount: count) { HalfConversion.convertBFloat16(source, to: $0, count: count) }
            return Tensor(shape: info.shape, storage: copy)
        }
    }

    /// Calls `body` with the raw little-endian bytes of tensor `name` (any dtype), straight from the
    /// mapping. The buffer must not escape `body`.
    public func withRawBytes<R, E: Error>(of name: String, _ body: (UnsafeRawBufferPointer) throws(E) -> R) throws(E) -> R? {
        guard let info = header[name] else { return nil }
        let start = header.dataStart + info.dataOffsets.lowerBound
        return try body(UnsafeRawBufferPointer(rebasing: mapping.bytes[start..<(start + info.byteCount)]))
    }

    /// True when `pointer` lies inside this file's mapping (lets tests prove a view is zero-copy).
    public func mappingContains(_ pointer: UnsafeRawPointer) -> Bool {
        guard let base = mapping.base else { return false }
        return pointer >= base && pointer < base + mapping.byteCount
    }
}
