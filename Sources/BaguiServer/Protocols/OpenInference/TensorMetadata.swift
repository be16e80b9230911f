/// A model's declared input or output: `{"name", "datatype", "shape"}`, where `-1` marks a dimension of
/// any size (OIP `$metadata_tensor`).
public struct TensorMetadata: Sendable, Equatable {
    public var name: String
    public var datatype: TensorDatatype
    /// Dimensions, `-1` for variable.
    public var shape: [Int]

    public init(name: String, datatype: TensorDatatype, shape: [Int]) {
        self.name = name
        self.datatype = datatype
        self.shape = shape
    }

    /// True when a concrete `shape` fits this declaration: same rank, equal where fixed.
    public func accepts(shape concrete: [Int]) -> Bool {
        concrete.count == shape.count && zip(shape, concrete).allSatisfy { $0 == -1 || $0 == $1 }
    }
}
