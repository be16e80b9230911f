import BaguiJSON

/// Why a safetensors file, a sharded index or a weight request was refused.
///
/// Every case names the file (its name inside the model directory, never a full path) and, when one
/// is involved, the tensor, so the message alone tells a person what to fix. The cases follow the
/// reference reader's `SafeTensorError` (safetensors `tensor.rs`), split where one of its errors
/// covered several causes (for example `InvalidOffset` for gaps, overlaps and duplicates, issue #401).
public enum SafeTensorsError: Error, Sendable, Equatable, CustomStringConvertible {
    // MARK: - File access

    /// The file could not be opened, inspected or mapped; `reason` is the system's message.
    case io(file: String, operation: String, reason: String)
    /// The path is not a regular file (a directory, a device, a pipe).
    case notRegularFile(file: String)
    /// A model directory holds neither `model.safetensors` nor `model.safetensors.index.json`.
    case noWeights(directory: String)

    // MARK: - Header framing (tensor.rs `HeaderTooSmall`, `HeaderTooLarge`, `InvalidHeaderLength`)

    /// The file is shorter than the 8-byte header length prefix.
    case headerTooSmall(file: String, fileSize: Int)
    /// The header length prefix exceeds the 100 MB cap.
    case headerTooLarge(file: String, claimed: UInt64, limit: Int)
    /// The header length prefix is below 2 or runs past the end of the file.
    case invalidHeaderLength(file: String, claimed: UInt64, fileSize: Int)
    /// The header does not begin with `{` (0x7B).
    case invalidHeaderStart(file: String, byte: UInt8)
    /// The header is not valid UTF-8.
    case invalidHeaderUTF8(file: String)
    /// The header's JSON is followed by something other than 0x20 spaces (NUL padding, for example).
    case invalidHeaderPadding(file: String, byte: UInt8)
    /// The header is not valid JSON.
    case invalidJSON(file: String, JSONError)
    /// An object in the header or index names the same key twice (TOB-SFTN-7).
    case duplicateKey(file: String, key: String)
    /// The header's top level is not a JSON object.
    case headerNotObject(file: String, found: String)

    // MARK: - Entries

    /// `__metadata__` is not an object of strings.
    case invalidMetadata(file: String, reason: String)
    /// A tensor entry is not `{dtype, shape, data_offsets}`.
    case invalidTensorEntry(file: String, tensor: String, reason: String)
    /// A tensor's dtype is not one this reader knows.
    case unsupportedDType(file: String, tensor: String, dtype: String)
    /// A tensor's shape is not a list of at most 8 non-negative integers.
    case invalidShape(file: String, tensor: String, reason: String)
    /// A tensor's `data_offsets` is not two integers `0 <= begin <= end` that fit in `Int`.
    case invalidOffsets(file: String, tensor: String, reason: String)
    /// The element count times the element size overflows (tensor.rs `ValidationOverflow`).
    case validationOverflow(file: String, tensor: String)
    /// A sub-byte dtype's elements do not fill a whole number of bytes (tensor.rs `MisalignedSlice`).
    case misalignedSlice(file: String, tensor: String)
    /// The shape and dtype need `expected` bytes but the offsets span `actual` (tensor.rs `TensorInvalidInfo`).
    case tensorInvalidInfo(file: String, tensor: String, expected: Int, actual: Int)

    // MARK: - Layout of the byte buffer (tensor.rs `Metadata::validate`, `MetadataIncompleteBuffer`)

    /// A tensor ends past the end of the byte buffer.
    case offsetPastEnd(file: String, tensor: String, end: Int, dataLength: Int)
    /// Two tensors claim some of the same bytes.
    case tensorsOverlap(file: String, first: String, second: String)
    /// Bytes before a tensor belong to no tensor (a hole that could hide another format).
    case gapBeforeTensor(file: String, tensor: String, gapStart: Int, gapEnd: Int)
    /// A zero-size tensor sits where a non-empty tensor starts (see the policy in `SafeTensorsHeader`).
    case zeroSizeTensorSharesOffset(file: String, tensor: String, other: String, offset: Int)
    /// The tensors stop before the end of the file: trailing bytes could hide a polyglot.
    case incompleteBuffer(file: String, dataEnd: Int, dataLength: Int)

    // MARK: - Requests

    /// No tensor of this name exists.
    case tensorNotFound(file: String, tensor: String)
    /// The tensor's dtype cannot be handed out as float32 (integers, booleans, fp8, sub-byte floats).
    case dtypeNotLoadable(file: String, tensor: String, dtype: DType)
    /// The tensor exists but its shape is not the one the model expects.
    case shapeMismatch(file: String, tensor: String, expected: [Int], actual: [Int])
    /// A tensor in the checkpoint was never requested by the model.
    case unusedTensor(file: String, tensor: String)

    // MARK: - Sharded index

    /// `model.safetensors.index.json` is not `{"weight_map": {name: shard}, "metadata": {...}}`.
    case invalidIndex(file: String, reason: String)
    /// A shard name is not a bare `*.safetensors` file name.
    case invalidShardName(file: String, shard: String)
    /// A shard resolves (after symlinks) outside the model directory.
    case shardOutsideDirectory(file: String, shard: String)
    /// The index puts a tensor in a shard that does not contain it.
    case tensorMissingFromShard(file: String, tensor: String)
    /// A shard contains a tensor that the index does not list.
    case tensorNotInIndex(file: String, tensor: String)
    /// Two shards both contain the tensor.
    case tensorInTwoShards(tensor: String, first: String, second: String)

    /// One sentence saying what is wrong and where.
    public var description: String {
        switch self {
        case let .io(file, operation, reason):
            "\(file): cannot \(operation): \(reason)"
        case let .notRegularFile(file):
            "\(file): not a regular file"
        case let .noWeights(directory):
            "\(directory): no model.safetensors or model.safetensors.index.json in the model directory"
        case let .headerTooSmall(file, fileSize):
            "\(file): only \(fileSize) bytes, too short to hold the 8-byte safetensors header length"
        case let .headerTooLarge(file, claimed, limit):
            "\(file): header length \(claimed) exceeds the \(limit)-byte limit"
        case let .invalidHeaderLength(file, claimed, fileSize):
            "\(file): header length \(claimed) does not fit in a \(fileSize)-byte file"
        case let .invalidHeaderStart(file, byte):
            "\(file): header must start with '{' but starts with byte 0x\(hex(byte))"
        case let .invalidHeaderUTF8(file):
            "\(file): header is not valid UTF-8"
        case let .invalidHeaderPadding(file, byte):
            "\(file): header padding must be spaces (0x20) but contains byte 0x\(hex(byte))"
        case let .invalidJSON(file, error):
            "\(file): header is not valid JSON (\(error))"
        case let .duplicateKey(file, key):
            "\(file): the key \"\(key)\" appears twice"
        case let .headerNotObject(file, found):
            "\(file): header must be a JSON object but is \(found)"
        case let .invalidMetadata(file, reason):
            "\(file): invalid __metadata__: \(reason)"
        case let .invalidTensorEntry(file, tensor, reason):
            "\(file): tensor \"\(tensor)\" is malformed: \(reason)"
        case let .unsupportedDType(file, tensor, dtype):
            "\(file): tensor \"\(tensor)\" has unsupported dtype \"\(dtype)\""
        case let .invalidShape(file, tensor, reason):
            "\(file): tensor \"\(tensor)\" has an invalid shape: \(reason)"
        case let .invalidOffsets(file, tensor, reason):
            "\(file): tensor \"\(tensor)\" has invalid data_offsets: \(reason)"
        case let .validationOverflow(file, tensor):
            "\(file): tensor \"\(tensor)\" has a shape whose byte size overflows"
        case let .misalignedSlice(file, tensor):
            "\(file): tensor \"\(tensor)\" has sub-byte elements that do not fill whole bytes"
        case let .tensorInvalidInfo(file, tensor, expected, actual):
            "\(file): tensor \"\(tensor)\" claims \(expected) bytes but its offsets span \(actual)"
        case let .offsetPastEnd(file, tensor, end, dataLength):
            "\(file): tensor \"\(tensor)\" ends at byte \(end) but the data is only \(dataLength) bytes"
        case let .tensorsOverlap(file, first, second):
            "\(file): tensors \"\(first)\" and \"\(second)\" share bytes"
        case let .gapBeforeTensor(file, tensor, gapStart, gapEnd):
            "\(file): bytes \(gapStart)..<\(gapEnd) before tensor \"\(tensor)\" belong to no tensor"
        case let .zeroSizeTensorSharesOffset(file, tensor, other, offset):
            "\(file): empty tensor \"\(tensor)\" sits at offset \(offset) where tensor \"\(other)\" starts"
        case let .incompleteBuffer(file, dataEnd, dataLength):
            "\(file): tensors end at byte \(dataEnd) but \(dataLength) data bytes follow the header"
        case let .tensorNotFound(file, tensor):
            "\(file): no tensor named \"\(tensor)\""
        case let .dtypeNotLoadable(file, tensor, dtype):
            "\(file): tensor \"\(tensor)\" is \(dtype.rawValue), which cannot be loaded as float32"
        case let .shapeMismatch(file, tensor, expected, actual):
            "\(file): tensor \"\(tensor)\" has shape \(actual) but the model expects \(expected)"
        case let .unusedTensor(file, tensor):
            "\(file): tensor \"\(tensor)\" is not used by the model"
        case let .invalidIndex(file, reason):
            "\(file): invalid index: \(reason)"
        case let .invalidShardName(file, shard):
            "\(file): shard \"\(shard)\" is not a bare *.safetensors file name"
        case let .shardOutsideDirectory(file, shard):
            "\(file): shard \"\(shard)\" resolves outside the model directory"
        case let .tensorMissingFromShard(file, tensor):
            "\(file): the index lists tensor \"\(tensor)\" here but the file does not contain it"
        case let .tensorNotInIndex(file, tensor):
            "\(file): tensor \"\(tensor)\" is not listed in the index"
        case let .tensorInTwoShards(tensor, first, second):
            "tensor \"\(tensor)\" appears in both \(first) and \(second)"
        }
    }
}

private func hex(_ byte: UInt8) -> String {
    let digits = String(byte, radix: 16, uppercase: true)
    return digits.count == 1 ? "0" + digits : digits
}
