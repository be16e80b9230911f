import BaguiJSON

/// What the header says about one tensor, after validation.
public struct TensorInfo: Sendable, Equatable {
    /// The tensor's full name, e.g. `encoder.layer.0.attention.self.query.weight`.
    public let name: String
    /// The element type.
    public let dtype: DType
    /// Dimensions, outermost first; `[]` is a scalar.
    public let shape: [Int]
    /// The tensor's bytes, relative to the start of the data buffer (after the header).
    public let dataOffsets: Range<Int>

    /// Number of elements (1 for a scalar, 0 when any dimension is 0).
    public var elementCount: Int { shape.reduce(1, *) }  // validated not to overflow
    /// Number of bytes.
    public var byteCount: Int { dataOffsets.count }
}

/// The validated header of a safetensors file: `u64 N`, then `N` bytes of JSON, then the data.
///
/// Validation follows safetensors `tensor.rs` (`read_metadata`, `Metadata::validate`) and is stricter
/// where the format's audit and later bugs showed a need (safetensors-rules.md):
/// - the length prefix is checked against the 100 MB cap and the file size before anything else;
/// - the header must start with `{`, be UTF-8, and be padded with 0x20 only;
/// - duplicate keys are an error of their own (TOB-SFTN-7), not a misleading offset error;
/// - tensor entries have exactly the keys `dtype`, `shape`, `data_offsets` (deny unknown keys);
/// - shapes have rank ≤ 8; offsets are two non-negative integers that fit in `Int`;
/// - the byte buffer is covered exactly once, from 0 to the end of the file, with no gap, overlap or
///   trailing byte (no polyglots).
///
/// **Zero-size tensors (trust matrix A10).** An empty tensor (`begin == end`) owns no bytes. It is
/// accepted only at an offset where no non-empty tensor starts, which in a valid file means at the
/// end of the data (where ``SafeTensorsWriter`` puts them). `[0,0]` next to `[0,N]` is refused, so
/// no name can ever alias the start of another tensor's bytes. Several empty tensors may share the
/// end position, since none of them owns anything.
public struct SafeTensorsHeader: Sendable, Equatable {
    /// Largest header accepted (tensor.rs `MAX_HEADER_SIZE`).
    public static let maxHeaderLength = 100_000_000
    /// Largest rank accepted; real checkpoints stay far below it.
    public static let maxRank = 8

    /// `N`, the header's length in bytes (including padding).
    public let headerLength: Int
    /// Length of the data buffer: file size − 8 − `N`.
    public let dataLength: Int
    /// The `__metadata__` map (empty when absent).
    public let metadata: [String: String]
    /// Every tensor, sorted by offset.
    public let tensors: [TensorInfo]
    private let indexByName: [String: Int]

    /// Offset of the data buffer from the start of the file.
    public var dataStart: Int { 8 + headerLength }

    /// The tensor called `name`, or nil.
    public subscript(name: String) -> TensorInfo? { indexByName[name].map { tensors[$0] } }

    /// Checks the 8-byte little-endian length prefix against the cap and the file size, before
    /// anything is allocated or read. Returns `N`.
    public static func headerLength(prefix: UInt64, fileSize: Int, file: String) throws(SafeTensorsError) -> Int {
        guard fileSize >= 8 else { throw .headerTooSmall(file: file, fileSize: fileSize) }
        // Compare as UInt64 first, so UInt64.max never meets an Int conversion (tensor.rs `try_into`).
        guard prefix <= UInt64(maxHeaderLength) else {
            throw .headerTooLarge(file: file, claimed: prefix, limit: maxHeaderLength)
        }
        let n = Int(prefix)
        // The smallest header is `{}`; `8 + n` cannot overflow since n ≤ 10^8.
        guard n >= 2, 8 + n <= fileSize else {
            throw .invalidHeaderLength(file: file, claimed: prefix, fileSize: fileSize)
        }
        return n
    }

    /// Parses and validates the header of a whole safetensors file held in `fileBytes`.
    public static func parse(fileBytes: UnsafeRawBufferPointer, file: String) throws(SafeTensorsError) -> SafeTensorsHeader {
        guard fileBytes.count >= 8 else { throw .headerTooSmall(file: file, fileSize: fileBytes.count) }
        let prefix = UInt64(littleEndian: fileBytes.loadUnaligned(as: UInt64.self))
        let n = try headerLength(prefix: prefix, fileSize: fileBytes.count, file: file)
        let header = UnsafeRawBufferPointer(rebasing: fileBytes[8..<(8 + n)])
        let json = try jsonBody(of: header, file: file)
        let dataLength = fileBytes.count - 8 - n

        let root: JSONValue
        do {
            root = try StrictJSONParser.parse(json, limits: .init(maxDepth: 16))
        } catch {
            if case .duplicateKey(let key) = error { throw .duplicateKey(file: file, key: key) }
            throw .invalidJSON(file: file, error)
        }
        guard let object = root.object else { throw .headerNotObject(file: file, found: root.kindDescription) }

        var metadata: [String: String] = [:]
        var tensors: [TensorInfo] = []
        tensors.reserveCapacity(object.count)
        for (key, value) in object.members {
            // `__metadata__` is reserved: a tensor of that name cannot exist (issue #849), so an
            // entry shaped like a tensor here fails as bad metadata.
            if key == "__metadata__" {
                metadata = try parseMetadata(value, file: file)
            } else {
                tensors.append(try parseEntry(name: key, value, file: file))
            }
        }
        tensors.sort { ($0.dataOffsets.lowerBound, $0.dataOffsets.upperBound, $0.name) < ($1.dataOffsets.lowerBound, $1.dataOffsets.upperBound, $1.name) }
        try checkLayout(tensors, dataLength: dataLength, file: file)

        var indexByName: [String: Int] = [:]
        indexByName.reserveCapacity(tensors.count)
        for (i, t) in tensors.enumerated() { indexByName[t.name] = i }
        return SafeTensorsHeader(headerLength: n, dataLength: dataLength, metadata: metadata, tensors: tensors, indexByName: indexByName)
    }

    // MARK: - Framing

    /// The header's JSON text without its 0x20 padding, after the `{` and UTF-8 checks.
    private static func jsonBody(of header: UnsafeRawBufferPointer, file: String) throws(SafeTensorsError) -> UnsafeRawBufferPointer {
        // The README (newer wording): "MUST begin with a `{`"; tensor.rs still has this commented out.
        guard let first = header.first, first == UInt8(ascii: "{") else {
            throw .invalidHeaderStart(file: file, byte: header.first ?? 0)
        }
        var end = header.count
        while end > 0 && header[end - 1] == 0x20 { end -= 1 }
        let body = UnsafeRawBufferPointer(rebasing: header[0..<end])
        // "MAY be trailing padded with whitespace (0x20)": NUL, tab or newline padding is refused
        // (lenient readers accept NULs: the wifi-densepose header bug).
        if let last = body.last, last < 0x20 { throw .invalidHeaderPadding(file: file, byte: last) }
        // Decoding repairs ill-formed UTF-8 with U+FFFD, so equal bytes mean the input was valid.
        let decoded = String(decoding: body, as: UTF8.self)
        guard decoded.utf8.elementsEqual(body) else { throw .invalidHeaderUTF8(file: file) }
        return body
    }

    // MARK: - Entries

    private static func parseMetadata(_ value: JSONValue, file: String) throws(SafeTensorsError) -> [String: String] {
        guard let object = value.object else {
            throw .invalidMetadata(file: file, reason: "expected an object of strings, found \(value.kindDescription)")
        }
        var metadata: [String: String] = [:]
        for (key, member) in object.members {
            guard let string = member.string else {
                throw .invalidMetadata(file: file, reason: "the value of \"\(key)\" is \(member.kindDescription), not a string")
            }
            metadata[key] = string
        }
        return metadata
    }

    private static func parseEntry(name: String, _ value: JSONValue, file: String) throws(SafeTensorsError) -> TensorInfo {
        guard let entry = value.object else {
            throw .invalidTensorEntry(file: file, tensor: name, reason: "expected an object, found \(value.kindDescription)")
        }
        for key in entry.keys where key != "dtype" && key != "shape" && key != "data_offsets" {
            throw .invalidTensorEntry(file: file, tensor: name, reason: "unexpected key \"\(key)\"")
        }
        guard let dtypeValue = entry["dtype"] else { throw .invalidTensorEntry(file: file, tensor: name, reason: "missing \"dtype\"") }
        guard let shapeValue = entry["shape"] else { throw .invalidTensorEntry(file: file, tensor: name, reason: "missing \"shape\"") }
        guard let offsetsValue = entry["data_offsets"] else {
            throw .invalidTensorEntry(file: file, tensor: name, reason: "missing \"data_offsets\"")
        }

        guard let dtypeName = dtypeValue.string else {
            throw .invalidTensorEntry(file: file, tensor: name, reason: "\"dtype\" is \(dtypeValue.kindDescription), not a string")
        }
        guard let dtype = DType(rawValue: dtypeName) else { throw .unsupportedDType(file: file, tensor: name, dtype: dtypeName) }

        guard let dims = shapeValue.array else {
            throw .invalidShape(file: file, tensor: name, reason: "expected an array, found \(shapeValue.kindDescription)")
        }
        guard dims.count <= maxRank else {
            throw .invalidShape(file: file, tensor: name, reason: "rank \(dims.count) exceeds \(maxRank)")
        }
        var shape: [Int] = []
        shape.reserveCapacity(dims.count)
        for dim in dims {
            // `.int` is nil for fractions, exponents and anything beyond Int: no silent wrap.
            guard let d = dim.int, d >= 0 else {
                throw .invalidShape(file: file, tensor: name, reason: "dimension \(describe(dim)) is not a non-negative integer")
            }
            shape.append(d)
        }

        guard let pair = offsetsValue.array else {
            throw .invalidOffsets(file: file, tensor: name, reason: "expected [begin, end], found \(offsetsValue.kindDescription)")
        }
        guard pair.count == 2 else {
            throw .invalidOffsets(file: file, tensor: name, reason: "expected 2 numbers, found \(pair.count)")
        }
        guard let begin = pair[0].int, begin >= 0 else {
            throw .invalidOffsets(file: file, tensor: name, reason: "begin \(describe(pair[0])) is not a non-negative integer that fits in Int")
        }
        guard let end = pair[1].int, end >= 0 else {
            throw .invalidOffsets(file: file, tensor: name, reason: "end \(describe(pair[1])) is not a non-negative integer that fits in Int")
        }
        guard begin <= end else {
            throw .invalidOffsets(file: file, tensor: name, reason: "begin \(begin) is after end \(end)")
        }

        // tensor.rs `Metadata::validate`: checked nelements × bitsize, whole bytes, exact span.
        var elements = 1
        for d in shape {
            let (product, overflow) = elements.multipliedReportingOverflow(by: d)
            guard !overflow else { throw .validationOverflow(file: file, tensor: name) }
            elements = product
        }
        let (bits, overflow) = elements.multipliedReportingOverflow(by: dtype.bitSize)
        guard !overflow else { throw .validationOverflow(file: file, tensor: name) }
        guard bits % 8 == 0 else { throw .misalignedSlice(file: file, tensor: name) }
        guard end - begin == bits / 8 else {
            throw .tensorInvalidInfo(file: file, tensor: name, expected: bits / 8, actual: end - begin)
        }
        return TensorInfo(name: name, dtype: dtype, shape: shape, dataOffsets: begin..<end)
    }

    private static func describe(_ value: JSONValue) -> String {
        switch value {
        case .number(let text): text
        case .string(let s): "\"\(s)\""
        default: value.kindDescription
        }
    }

    // MARK: - Layout

    /// Requires the sorted tensors to tile `0..<dataLength` exactly once (tensor.rs `validate` and
    /// `MetadataIncompleteBuffer`), with the zero-size policy described on the type.
    private static func checkLayout(_ tensors: [TensorInfo], dataLength: Int, file: String) throws(SafeTensorsError) {
        var nonEmptyStarts: [Int: String] = [:]
        for t in tensors where !t.dataOffsets.isEmpty { nonEmptyStarts[t.dataOffsets.lowerBound] = nonEmptyStarts[t.dataOffsets.lowerBound] ?? t.name }

        var expected = 0
        var previous: String?
        for t in tensors {
            let start = t.dataOffsets.lowerBound, end = t.dataOffsets.upperBound
            guard end <= dataLength else { throw .offsetPastEnd(file: file, tensor: t.name, end: end, dataLength: dataLength) }
            if t.dataOffsets.isEmpty, let other = nonEmptyStarts[start] {
                throw .zeroSizeTensorSharesOffset(file: file, tensor: t.name, other: other, offset: start)
            }
            if start < expected { throw .tensorsOverlap(file: file, first: previous ?? t.name, second: t.name) }
            if start > expected { throw .gapBeforeTensor(file: file, tensor: t.name, gapStart: expected, gapEnd: start) }
            if !t.dataOffsets.isEmpty {
                expected = end
                previous = t.name
            }
        }
        guard expected == dataLength else { throw .incompleteBuffer(file: file, dataEnd: expected, dataLength: dataLength) }
    }
}
