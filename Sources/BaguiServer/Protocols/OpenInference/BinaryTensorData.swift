import Foundation

/// The binary tensor data extension of Triton and KServe: tensors travel as raw little-endian bytes
/// after the JSON, whose length the `Inference-Header-Content-Length` header gives. BOOL is one byte;
/// each BYTES element is a 4-byte little-endian length and then its bytes. tritonclient uses it by
/// default (`set_data_from_numpy(..., binary_data=True)`).
/// https://github.com/triton-inference-server/server/blob/main/docs/protocol/extension_binary_data.md
enum BinaryTensorData {
    /// The request and response header with the JSON part's length.
    static let headerName = "Inference-Header-Content-Length"

    /// Reads `count` elements of `datatype` from `bytes`, which must hold exactly that many.
    static func decode(_ bytes: ArraySlice<UInt8>, datatype: TensorDatatype, count: Int, at path: String) throws(ServerError) -> TensorData {
        func fixed(_ width: Int) throws(ServerError) {
            guard bytes.count == count * width else {
                throw .badRequest("\(path) has \(bytes.count) bytes of binary data; its shape and \(datatype.rawValue) need \(count * width)")
            }
        }
        func littleEndian(_ index: Int, width: Int) -> UInt64 {
            var value: UInt64 = 0
            let start = bytes.startIndex + index * width
            for byte in 0..<width { value |= UInt64(bytes[start + byte]) << (8 * byte) }
            return value
        }
        switch datatype {
        case .bool:
            try fixed(1)
            return .bool(bytes.map { $0 != 0 })
        case .fp32:
            try fixed(4)
            return .fp32((0..<count).map { Float(bitPattern: UInt32(littleEndian($0, width: 4))) })
        case .fp64:
            try fixed(8)
            return .fp64((0..<count).map { Double(bitPattern: littleEndian($0, width: 8)) })
        case .fp16:
            throw .badRequest("\(path): FP16 is not supported; send FP32")
        case .int8, .int16, .int32, .int64:
            let width = datatype.byteWidth
            try fixed(width)
            let shift = UInt64(64 - 8 * width)
            // Sign-extend by shifting the value to the top and back arithmetically.
            return .int((0..<count).map { Int64(bitPattern: littleEndian($0, width: width) << shift) >> Int64(shift) })
        case .uint8, .uint16, .uint32, .uint64:
            let width = datatype.byteWidth
            try fixed(width)
            var values: [Int64] = []
            values.reserveCapacity(count)
            for index in 0..<count {
                let value = littleEndian(index, width: width)
                guard value <= UInt64(Int64.max) else { throw .badRequest("\(path) element \(index) is larger than this server accepts") }
                values.append(Int64(value))
            }
            return .int(values)
        case .bytes:
            var strings: [String] = []
            var position = bytes.startIndex
            while position < bytes.endIndex {
                guard strings.count < count, bytes.endIndex - position >= 4 else { break }
                var length = 0
                for byte in 0..<4 { length |= Int(bytes[position + byte]) << (8 * byte) }
                position += 4
                guard bytes.endIndex - position >= length else { throw .badRequest("\(path) has a BYTES element longer than its data") }
                guard let text = String(bytes: bytes[position..<position + length], encoding: .utf8) else {
                    throw .badRequest("\(path) element \(strings.count) is not valid UTF-8")
                }
                strings.append(text)
                position += length
            }
            guard strings.count == count, position == bytes.endIndex else {
                throw .badRequest("\(path) binary data does not hold exactly \(count) BYTES elements")
            }
            return .bytes(strings)
        }
    }

    /// The raw bytes of a tensor's elements.
    static func encode(_ data: TensorData, datatype: TensorDatatype) -> [UInt8] {
        var out: [UInt8] = []
        func append(_ value: UInt64, width: Int) {
            for byte in 0..<width { out.append(UInt8(truncatingIfNeeded: value >> (8 * byte))) }
        }
        switch data {
        case .bool(let values): out = values.map { $0 ? 1 : 0 }
        case .fp32(let values):
            out.reserveCapacity(values.count * 4)
            for value in values { append(UInt64(value.bitPattern), width: 4) }
        case .fp64(let values):
            out.reserveCapacity(values.count * 8)
            for value in values { append(value.bitPattern, width: 8) }
        case .int(let values):
            let width = datatype.byteWidth
            out.reserveCapacity(values.count * width)
            for value in values { append(UInt64(bitPattern: value), width: width) }
        case .bytes(let values):
            for value in values {
                append(UInt64(value.utf8.count), width: 4)
                out.append(contentsOf: value.utf8)
            }
        }
        return out
    }
}

extension TensorDatatype {
    /// Bytes per element; 0 for BYTES, whose elements vary.
    var byteWidth: Int {
        switch self {
        case .bool, .uint8, .int8: 1
        case .uint16, .int16, .fp16: 2
        case .uint32, .int32, .fp32: 4
        case .uint64, .int64, .fp64: 8
        case .bytes: 0
        }
    }
}
