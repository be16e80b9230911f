import BaguiJSON

/// An Open Inference Protocol v2 `$inference_request`, validated: names unique, shapes positive
/// and without overflow, data the length the shape says and of the declared type.
public struct InferenceRequest: Sendable {
    /// Echoed in the response when given.
    public var id: String?
    public var parameters: JSONObject?
    public var inputs: [InferenceTensor]
    /// Names of the outputs asked for; empty means all of them.
    public var requestedOutputs: [String]
    /// Outputs to send as binary data (binary tensor data extension) rather than JSON.
    public var binaryOutputs: Set<String> = []
    /// `binary_data_output`: every output not named in `outputs` goes as binary data.
    public var binaryByDefault = false

    public init(id: String? = nil, parameters: JSONObject? = nil, inputs: [InferenceTensor], requestedOutputs: [String] = []) {
        self.id = id
        self.parameters = parameters
        self.inputs = inputs
        self.requestedOutputs = requestedOutputs
    }

    /// The input called `name`, if present.
    public func input(named name: String) -> InferenceTensor? { inputs.first { $0.name == name } }

    /// Bounds on a request that no model could want exceeded (trust matrix C4).
    static let maxTensors = 64
    static let maxRank = 8

    /// Reads and validates a request body already parsed as JSON; `binary` holds the bytes after the
    /// JSON when the binary tensor data extension is used. Every refusal is a 400 naming the field.
    public init(json: JSONValue, binary: ArraySlice<UInt8> = []) throws(ServerError) {
        guard let object = json.object else { throw .badRequest("the inference request must be a JSON object") }
        if let idValue = object["id"] {
            guard let text = idValue.string else { throw .badRequest("\"id\" must be a string") }
            id = text
        }
        if let value = object["parameters"] {
            guard let parameters = value.object else { throw .badRequest("\"parameters\" must be an object") }
            self.parameters = parameters
            binaryByDefault = parameters["binary_data_output"]?.bool == true
        }
        guard let inputValues = object["inputs"]?.array else { throw .badRequest("\"inputs\" must be an array of tensors") }
        guard !inputValues.isEmpty else { throw .badRequest("\"inputs\" is empty") }
        guard inputValues.count <= Self.maxTensors else { throw .badRequest("\"inputs\" has more than \(Self.maxTensors) tensors") }
        var names = Set<String>()
        inputs = []
        var binary = binary
        for (i, value) in inputValues.enumerated() {
            let tensor = try Self.tensor(value, at: "inputs[\(i)]", binary: &binary)
            guard names.insert(tensor.name).inserted else { throw .badRequest("input \"\(tensor.name)\" appears twice") }
            inputs.append(tensor)
        }
        guard binary.isEmpty else { throw .badRequest("\(binary.count) bytes of binary data follow the JSON but no input claims them") }
        requestedOutputs = []
        if let outputsValue = object["outputs"] {
            guard let outputs = outputsValue.array else { throw .badRequest("\"outputs\" must be an array") }
            guard outputs.count <= Self.maxTensors else { throw .badRequest("\"outputs\" has more than \(Self.maxTensors) entries") }
            for (i, output) in outputs.enumerated() {
                guard let name = output["name"]?.string else { throw .badRequest("outputs[\(i)].name must be a string") }
                if let flag = output["parameters"]?["binary_data"]?.bool {
                    if flag { binaryOutputs.insert(name) }
                } else if binaryByDefault {
                    binaryOutputs.insert(name)
                }
                guard !requestedOutputs.contains(name) else { throw .badRequest("output \"\(name)\" is requested twice") }
                requestedOutputs.append(name)
            }
        }
    }

    // MARK: - Tensors

    private static func tensor(_ value: JSONValue, at path: String, binary: inout ArraySlice<UInt8>) throws(ServerError) -> InferenceTensor {
        guard let object = value.object else { throw .badRequest("\(path) must be an object") }
        guard let name = object["name"]?.string, !name.isEmpty else { throw .badRequest("\(path).name must be a non-empty string") }
        guard let typeName = object["datatype"]?.string else { throw .badRequest("\(path).datatype must be a string") }
        guard let datatype = TensorDatatype(rawValue: typeName) else {
            throw .badRequest("\(path).datatype \"\(typeName.prefix(32))\" is not a known datatype")
        }
        guard datatype != .fp16 else { throw .badRequest("\(path): FP16 cannot be sent as JSON numbers; use FP32") }
        let shape = try Self.shape(object["shape"], at: path)
        var count = 1
        for dimension in shape {
            let (product, overflow) = count.multipliedReportingOverflow(by: dimension)
            guard !overflow else { throw .badRequest("\(path).shape is too large") }
            count = product
        }
        let data: TensorData
        if let sizeValue = object["parameters"]?["binary_data_size"] {
            guard let size = sizeValue.int, size >= 0 else { throw .badRequest("\(path).parameters.binary_data_size must be a non-negative integer") }
            guard size <= binary.count else { throw .badRequest("\(path) claims \(size) bytes of binary data; only \(binary.count) follow the JSON") }
            guard object["data"] == nil else { throw .badRequest("\(path) has both data and binary_data_size") }
            data = try BinaryTensorData.decode(binary.prefix(size), datatype: datatype, count: count, at: path)
            binary = binary.dropFirst(size)
        } else {
            guard let dataValue = object["data"] else { throw .badRequest("\(path).data is missing") }
            data = try Self.data(dataValue, datatype: datatype, expectedCount: count, at: path)
        }
        return InferenceTensor(name: name, datatype: datatype, shape: shape, data: data)
    }

    private static func shape(_ value: JSONValue?, at path: String) throws(ServerError) -> [Int] {
        guard let dimensions = value?.array else { throw .badRequest("\(path).shape must be an array of integers") }
        guard !dimensions.isEmpty, dimensions.count <= maxRank else {
            throw .badRequest("\(path).shape must have between 1 and \(maxRank) dimensions")
        }
        var shape: [Int] = []
        for dimension in dimensions {
            guard let size = dimension.int else { throw .badRequest("\(path).shape must be an array of integers") }
            guard size > 0 else { throw .badRequest("\(path).shape has a dimension of \(size); dimensions must be positive") }
            shape.append(size)
        }
        return shape
    }

    /// Flattens nested or flat `data` into typed elements, refusing as soon as there are more
    /// elements than the shape allows so a lying shape cannot make the server allocate.
    private static func data(_ value: JSONValue, datatype: TensorDatatype, expectedCount: Int, at path: String) throws(ServerError) -> TensorData {
        var leaves: [JSONValue] = []
        leaves.reserveCapacity(min(expectedCount, 1 << 16))
        try flatten(value, into: &leaves, limit: expectedCount, at: path)
        guard leaves.count == expectedCount else {
            throw .badRequest("\(path).data has \(leaves.count) elements but its shape needs \(expectedCount)")
        }
        func mismatch(_ index: Int) -> ServerError {
            .badRequest("\(path).data[\(index)] is \(leaves[index].kindDescription), not a \(datatype.rawValue) value")
        }
        switch datatype {
        case .bool:
            var out: [Bool] = []
            out.reserveCapacity(leaves.count)
            for (i, leaf) in leaves.enumerated() {
                guard let flag = leaf.bool else { throw mismatch(i) }
                out.append(flag)
            }
            return .bool(out)
        case .bytes:
            var out: [String] = []
            out.reserveCapacity(leaves.count)
            for (i, leaf) in leaves.enumerated() {
                guard let text = leaf.string else { throw mismatch(i) }
                out.append(text)
            }
            return .bytes(out)
        case .fp32, .fp16:
            var out: [Float] = []
            out.reserveCapacity(leaves.count)
            for (i, leaf) in leaves.enumerated() {
                guard case .number(let text) = leaf, let number = Float(text), number.isFinite else { throw mismatch(i) }
                out.append(number)
            }
            return .fp32(out)
        case .fp64:
            var out: [Double] = []
            out.reserveCapacity(leaves.count)
            for (i, leaf) in leaves.enumerated() {
                guard let number = leaf.double, number.isFinite else { throw mismatch(i) }
                out.append(number)
            }
            return .fp64(out)
        case .uint8, .uint16, .uint32, .uint64, .int8, .int16, .int32, .int64:
            let range = datatype.integerRange ?? (Int64.min...Int64.max)
            var out: [Int64] = []
            out.reserveCapacity(leaves.count)
            for (i, leaf) in leaves.enumerated() {
                guard let integer = leaf.int.map(Int64.init) else { throw mismatch(i) }
                guard range.contains(integer) else {
                    throw .badRequest("\(path).data[\(i)] = \(integer) is out of range for \(datatype.rawValue)")
                }
                out.append(integer)
            }
            return .int(out)
        }
    }

    private static func flatten(_ value: JSONValue, into leaves: inout [JSONValue], limit: Int, at path: String) throws(ServerError) {
        guard case .array(let items) = value else {
            guard leaves.count < limit else { throw .badRequest("\(path).data has more elements than its shape allows") }
            leaves.append(value)
            return
        }
        for item in items { try flatten(item, into: &leaves, limit: limit, at: path) }
    }
}
