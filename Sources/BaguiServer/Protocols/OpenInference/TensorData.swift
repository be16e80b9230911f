/// The elements of a tensor, flat and row-major, in the Swift type that holds the datatype's values.
public enum TensorData: Sendable, Equatable {
    case bool([Bool])
    /// INT8 … INT64 and UINT8 … UINT64 (UINT64 up to `Int64.max`), range-checked for the datatype.
    case int([Int64])
    /// FP32 (and FP16, which JSON cannot carry exactly and is refused on input).
    case fp32([Float])
    case fp64([Double])
    /// BYTES elements; JSON carries them as strings.
    case bytes([String])

    /// The number of elements.
    public var count: Int {
        switch self {
        case .bool(let v): v.count
        case .int(let v): v.count
        case .fp32(let v): v.count
        case .fp64(let v): v.count
        case .bytes(let v): v.count
        }
    }
}

/// One named tensor of a request or response.
public struct InferenceTensor: Sendable, Equatable {
    public var name: String
    public var datatype: TensorDatatype
    /// The full shape, batch dimension included.
    public var shape: [Int]
    public var data: TensorData

    /// Creates a tensor; the caller guarantees `data.count` equals the product of `shape`.
    public init(name: String, datatype: TensorDatatype, shape: [Int], data: TensorData) {
        self.name = name
        self.datatype = datatype
        self.shape = shape
        self.data = data
    }
}
