/// An Open Inference Protocol v2 `$inference_response`.
public struct InferenceResponse: Sendable {
    public var modelName: String
    public var modelVersion: String?
    public var id: String?
    public var outputs: [InferenceTensor]

    public init(modelName: String, modelVersion: String? = nil, id: String? = nil, outputs: [InferenceTensor]) {
        self.modelName = modelName
        self.modelVersion = modelVersion
        self.id = id
        self.outputs = outputs
    }

    /// The response as JSON, keeping only the `requested` outputs (all when empty); outputs for which
    /// `binary` is true are left out of the JSON and returned as raw bytes to append after it.
    func encode(requested: [String], binary: (String) -> Bool = { _ in false }) -> (json: JSONWriter, binary: [UInt8]) {
        let kept = requested.isEmpty ? outputs : outputs.filter { requested.contains($0.name) }
        var tail: [UInt8] = []
        var json = JSONWriter(reservingCapacity: 64 + kept.reduce(0) { $0 + $1.data.count * 12 })
        json.object { members in
            members.member("model_name", modelName)
            if let modelVersion { members.member("model_version", modelVersion) }
            if let id { members.member("id", id) }
            members.member("outputs") { json in
                json.array(kept) { json, tensor in
                    json.object { tensorMembers in
                        tensorMembers.member("name", tensor.name)
                        tensorMembers.member("datatype", tensor.datatype.rawValue)
                        tensorMembers.member("shape") { $0.array(tensor.shape) { $0.number($1) } }
                        if binary(tensor.name) {
                            let bytes = BinaryTensorData.encode(tensor.data, datatype: tensor.datatype)
                            tail += bytes
                            tensorMembers.member("parameters") { $0.object { $0.member("binary_data_size", bytes.count) } }
                            return
                        }
                        tensorMembers.member("data") { json in
                            switch tensor.data {
                            case .bool(let values): json.array(values) { $0.bool($1) }
                            case .int(let values): json.array(values) { $0.raw(String($1)) }
                            case .fp32(let values): json.array(values) { $0.number($1) }
                            case .fp64(let values): json.array(values) { $0.number($1) }
                            case .bytes(let values): json.array(values) { $0.string($1) }
                            }
                        }
                    }
                }
            }
        }
        return (json, tail)
    }
}
