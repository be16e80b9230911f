/// Reusable scratch memory for one forward pass at a time, so steady-state inference allocates
/// nothing. Buffers only grow. Not thread-safe: each concurrent caller takes its own workspace.
public final class Workspace {
    private var buffers: [String: (pointer: UnsafeMutablePointer<Float>, capacity: Int)] = [:]

    /// An empty workspace.
    public init() {}

    /// A 64-byte aligned buffer of at least `count` floats, named so that distinct uses never alias.
    /// Contents are unspecified; valid until the next call with the same name.
    public func buffer(_ name: String, count: Int) -> UnsafeMutablePointer<Float> {
        if let existing = buffers[name], existing.capacity >= count { return existing.pointer }
        if let existing = buffers[name] { existing.pointer.deallocate() }
        let capacity = max(count, 16)
        let raw = UnsafeMutableRawPointer.allocate(byteCount: capacity * MemoryLayout<Float>.stride, alignment: 64)
        let pointer = raw.bindMemory(to: Float.self, capacity: capacity)
        buffers[name] = (pointer, capacity)
        return pointer
    }

    deinit {
        for (_, buffer) in buffers { buffer.pointer.deallocate() }
    }
}
