import Foundation

/// Workspaces for concurrent callers: each forward pass borrows one and returns it, so memory is
/// reused across calls and never shared between two passes at once.
public final class WorkspacePool: @unchecked Sendable {
    // @unchecked: `idle` is only touched under `lock`, and a borrowed workspace has one user.
    private let lock = NSLock()
    private var idle: [Workspace] = []

    /// An empty pool; workspaces are created on demand.
    public init() {}

    /// Runs `body` with a workspace no one else is using.
    public func withWorkspace<T, E: Error>(_ body: (Workspace) throws(E) -> T) throws(E) -> T {
        let workspace = lock.withLock { idle.popLast() } ?? Workspace()
        defer { lock.withLock { idle.append(workspace) } }
        return try body(workspace)
    }
}
