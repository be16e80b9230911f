#if canImport(Glibc)
import Glibc
#endif

/// Memory that backs one or more tensors: owned, or a view into a memory-mapped file kept alive
/// by `owner`. Immutable once built, so tensors that share it can be read from any thread.
public final class TensorStorage: @unchecked Sendable {
    /// First byte of the storage.
    public let base: UnsafeRawPointer
    /// Size in bytes.
    public let byteCount: Int
    private let owner: AnyObject?
    private let ownsMemory: Bool

    /// Storage that views memory owned by `owner` (for example a mapped file); no bytes are copied.
    public init(viewing base: UnsafeRawPointer, byteCount: Int, owner: AnyObject) {
        self.base = base
        self.byteCount = byteCount
        self.owner = owner
        self.ownsMemory = false
    }

    /// Storage that owns a fresh, 64-byte aligned copy of `floats`.
    public convenience init(copying floats: [Float]) {
        self.init(floatCount: floats.count) { destination in
            floats.withUnsafeBufferPointer { source in
                if let address = source.baseAddress { destination.initialize(from: address, count: source.count) }
            }
        }
    }

    /// Storage of `floatCount` floats, filled by `fill` before anyone else can see it.
    public init(floatCount: Int, fill: (UnsafeMutablePointer<Float>) throws -> Void) rethrows {
        let bytes = max(floatCount, 1) * MemoryLayout<Float>.stride
        let raw = Self.allocate(byteCount: bytes)
        let floats = raw.bindMemory(to: Float.self, capacity: max(floatCount, 1))
        do { try fill(floats) } catch {
            raw.deallocate()
            throw error
        }
        self.base = UnsafeRawPointer(raw)
        self.byteCount = floatCount * MemoryLayout<Float>.stride
        self.owner = nil
        self.ownsMemory = true
    }

    deinit {
        if ownsMemory { UnsafeMutableRawPointer(mutating: base).deallocate() }
    }

    /// Sizes from which a storage asks for 2 MiB pages: a layer's transposed weights (MiniLM's are
    /// 0.6 to 2.4 MB). Filling fresh memory is page faults more than copying: in a C microbenchmark
    /// here, transposing a 1536×384 weight into fresh memory took 4.0 ms with 4 KiB pages and 1.8 ms
    /// with 2 MiB ones, and the faults were a fifth of a cold `bagui embed` (perf).
    static let hugePageThreshold = 1 << 20
    private static let hugePageSize = 2 << 20

    private static func allocate(byteCount: Int) -> UnsafeMutableRawPointer {
        guard byteCount >= hugePageThreshold else { return .allocate(byteCount: byteCount, alignment: 64) }
        let raw = UnsafeMutableRawPointer.allocate(byteCount: byteCount, alignment: hugePageSize)
        #if os(Linux)
        // Advice only: where transparent huge pages are off this does nothing, and that is fine.
        _ = madvise(raw, byteCount, MADV_HUGEPAGE)
        #endif
        return raw
    }
}

/// A read-only float32 tensor in row-major (C) order: model weights and other constants.
///
/// `shape` is written outermost first, as in PyTorch: a `Linear(in: 384, out: 1536)` weight is
/// `[1536, 384]`. Activations in the forward pass live in reusable scratch buffers instead.
public struct Tensor: @unchecked Sendable {
    /// Dimensions, outermost first.
    public let shape: [Int]
    /// Number of elements (the product of `shape`; 1 for a scalar).
    public let count: Int
    private let storage: TensorStorage
    /// First element.
    public let pointer: UnsafePointer<Float>

    /// A tensor over `storage` starting `byteOffset` bytes in. The caller has checked that
    /// `byteOffset + count * 4 <= storage.byteCount` and that the offset is 4-byte aligned.
    public init(shape: [Int], storage: TensorStorage, byteOffset: Int = 0) {
        let count = shape.reduce(1, *)
        precondition(byteOffset >= 0 && byteOffset + count * 4 <= storage.byteCount, "tensor view out of bounds")
        precondition(byteOffset % MemoryLayout<Float>.alignment == 0, "misaligned float32 view")
        self.shape = shape
        self.count = count
        self.storage = storage
        self.pointer = (storage.base + byteOffset).assumingMemoryBound(to: Float.self)
    }

    /// A tensor that owns a copy of `values`; `values.count` must equal the product of `shape`.
    public init(shape: [Int], values: [Float]) {
        precondition(shape.reduce(1, *) == values.count, "shape \(shape) does not hold \(values.count) values")
        self.init(shape: shape, storage: TensorStorage(copying: values))
    }

    /// The elements as a buffer, valid while this tensor is alive.
    public var buffer: UnsafeBufferPointer<Float> { UnsafeBufferPointer(start: pointer, count: count) }

    /// The elements copied into an array.
    public var scalars: [Float] { Array(buffer) }

    /// Row `i` of a tensor viewed as `[shape[0], rest]`.
    public func row(_ i: Int) -> UnsafeBufferPointer<Float> {
        let width = count / max(shape.first ?? 1, 1)
        return UnsafeBufferPointer(start: pointer + i * width, count: width)
    }
}
