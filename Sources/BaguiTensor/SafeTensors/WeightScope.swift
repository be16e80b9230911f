/// The loader-facing view of a ``WeightStore`` under a dotted prefix, as in candle's `VarBuilder::pp`.
///
/// Model code is written against scopes so its structure *is* the checkpoint's key hierarchy
/// (style.md principles 6 and 7), and every request checks presence and exact shape:
///
/// ```swift
/// let attention = store.scope("encoder.layer.\(i).attention.self")
/// let wq = try attention.scope("query").tensor("weight", shape: [hidden, hidden])
/// let bias = attention.scope("query").contains("bias") ? try attention.scope("query").tensor("bias", shape: [hidden]) : nil
/// ```
public struct WeightScope: Sendable {
    /// The store the tensors come from.
    public let store: WeightStore
    /// The dotted prefix (no trailing dot); empty at the root.
    public let prefix: String

    /// A scope over `store` under `prefix`.
    public init(store: WeightStore, prefix: String) {
        self.store = store
        self.prefix = prefix
    }

    /// The scope one level down: `scope("encoder").scope("layer.0")` is `encoder.layer.0`.
    public func scope(_ component: String) -> WeightScope {
        WeightScope(store: store, prefix: fullName(component))
    }

    /// The full dotted name of `name` in this scope.
    public func fullName(_ name: String) -> String {
        if prefix.isEmpty { return name }
        if name.isEmpty { return prefix }
        return prefix + "." + name
    }

    /// True when the checkpoint has `name` here; for optional tensors such as a bias.
    public func contains(_ name: String) -> Bool { store.contains(fullName(name)) }

    /// What the header says about `name` here, or nil.
    public func info(_ name: String) -> TensorInfo? { store.info(fullName(name)) }

    /// The tensor `name` here, which must exist with exactly `shape`; recorded as used.
    /// The shape is checked from the header before any conversion is done.
    public func tensor(_ name: String, shape: [Int]) throws(SafeTensorsError) -> Tensor {
        let full = fullName(name)
        guard let info = store.info(full) else { throw .tensorNotFound(file: store.displayName, tensor: full) }
        guard info.shape == shape else {
            throw .shapeMismatch(file: store.fileName(of: full) ?? store.displayName, tensor: full, expected: shape, actual: info.shape)
        }
        return try store.tensor(full)
    }

    /// Records `name` here as deliberately unused, so ``WeightStore/checkAllUsed()`` accepts it
    /// (e.g. BERT's I64 `embeddings.position_ids` buffer, which the model recomputes).
    public func markUsed(_ name: String) { store.markUsed(fullName(name)) }

    /// The tensor `name` here, whatever its shape; recorded as used. Prefer ``tensor(_:shape:)``.
    public func tensor(_ name: String) throws(SafeTensorsError) -> Tensor {
        try store.tensor(fullName(name))
    }
}
