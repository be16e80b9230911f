import Foundation
import Testing

@testable import BaguiTensor

/// Trust matrix A6–A14: offsets, layout of the byte buffer, shapes, dtypes and metadata.
@Suite("safetensors entries and layout (A6–A14)")
struct HeaderEntryTests {
    /// A file with one F32 tensor "t" of shape [1] whose `data_offsets` JSON is `offsets`.
    private func offsetsError(_ offsets: String) throws -> SafeTensorsError? {
        let header = "{\"t\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":\(offsets)}}"
        return try openError(rawFile(header: header, data: f32Bytes([1])))
    }

    @Test(
        "A6: malformed data_offsets are refused as invalid offsets",
        arguments: [
            "[-4,0]", "[0,-4]", "[-1,3]", "[0.0,4]", "[0,4.0]", "[0,4e0]", "[\"0\",4]", "[0,\"4\"]", "[0]", "[0,4,8]", "[]",
            "[0,9223372036854775808]", "[9223372036854775808,9223372036854775812]", "[0,18446744073709551620]",
            "[4,0]", "[0,null]", "[0,true]", "{\"begin\":0,\"end\":4}", "4", "\"0,4\"",
        ])
    func a6MalformedOffsets(offsets: String) throws {
        let error = try #require(try offsetsError(offsets))
        #expect(error.caseName == "invalidOffsets", "\(offsets) gave \(error)")
        #expect(error.description.contains("\"t\""))
    }

    @Test("A6: a huge begin > end never wraps into a small size")
    func a6NoWrap() throws {
        // begin - end would wrap to 4 in unsigned 64-bit arithmetic (audio.cpp #138).
        let error = try #require(try offsetsError("[9223372036854775807,3]"))
        #expect(error.caseName == "invalidOffsets")
    }

    @Test("A7: a tensor ending one byte past the data is refused")
    func a7OffsetPastEnd() throws {
        let header = "{" + entry("a", shape: [1], offsets: (0, 4)) + "," + entry("b", shape: [1], offsets: (4, 8)) + "}"
        let bytes = rawFile(header: header, data: Array(f32Bytes([1, 2]).prefix(7)))
        #expect(try openError(bytes) == .offsetPastEnd(file: "model.safetensors", tensor: "b", end: 8, dataLength: 7))
    }

    @Test("A8: a hole between two tensors is refused")
    func a8Gap() throws {
        let header = "{" + entry("a", shape: [1], offsets: (0, 4)) + "," + entry("b", shape: [1], offsets: (8, 12)) + "}"
        let bytes = rawFile(header: header, data: f32Bytes([1, 2, 3]))
        #expect(try openError(bytes) == .gapBeforeTensor(file: "model.safetensors", tensor: "b", gapStart: 4, gapEnd: 8))
    }

    @Test("A8: a hole at the start of the data is refused")
    func a8GapAtStart() throws {
        let header = "{" + entry("a", shape: [1], offsets: (4, 8)) + "}"
        #expect(try openError(rawFile(header: header, data: f32Bytes([1, 2])))?.caseName == "gapBeforeTensor")
    }

    @Test("A8: one trailing byte is refused as an incomplete buffer")
    func a8TrailingByte() throws {
        let header = "{" + entry("a", shape: [1], offsets: (0, 4)) + "}"
        let bytes = rawFile(header: header, data: f32Bytes([1]) + [0])
        #expect(try openError(bytes) == .incompleteBuffer(file: "model.safetensors", dataEnd: 4, dataLength: 5))
    }

    @Test("A8: an appended pickle or zip (a polyglot) is refused")
    func a8Polyglot() throws {
        let header = "{" + entry("a", shape: [1], offsets: (0, 4)) + "}"
        let pickle: [UInt8] = [0x80, 0x04, 0x95] + Array("cos\nsystem\n(S'id'\ntR.".utf8)
        let zip: [UInt8] = [0x50, 0x4B, 0x03, 0x04] + Array(repeating: 0, count: 26)
        #expect(try openError(rawFile(header: header, data: f32Bytes([1]) + pickle))?.caseName == "incompleteBuffer")
        #expect(try openError(rawFile(header: header, data: f32Bytes([1]) + zip))?.caseName == "incompleteBuffer")
        // Data with no tensors at all is trailing bytes too.
        #expect(try openError(rawFile(header: "{}", data: zip)) == .incompleteBuffer(file: "model.safetensors", dataEnd: 0, dataLength: 30))
    }

    @Test("A9: two tensors with an identical range are refused")
    func a9IdenticalRange() throws {
        let header = "{" + entry("k_proj", shape: [2], offsets: (0, 8)) + "," + entry("v_proj", shape: [2], offsets: (0, 8)) + "}"
        let bytes = rawFile(header: header, data: f32Bytes([1, 2]))
        #expect(try openError(bytes) == .tensorsOverlap(file: "model.safetensors", first: "k_proj", second: "v_proj"))
    }

    @Test("A9: partially overlapping tensors are refused")
    func a9PartialOverlap() throws {
        let header = "{" + entry("a", shape: [2], offsets: (0, 8)) + "," + entry("b", shape: [2], offsets: (4, 12)) + "}"
        let bytes = rawFile(header: header, data: f32Bytes([1, 2, 3]))
        #expect(try openError(bytes) == .tensorsOverlap(file: "model.safetensors", first: "a", second: "b"))
    }

    @Test("A9: a tensor nested inside another is refused")
    func a9Nested() throws {
        let header = "{" + entry("a", shape: [3], offsets: (0, 12)) + "," + entry("b", shape: [1], offsets: (4, 8)) + "}"
        #expect(try openError(rawFile(header: header, data: f32Bytes([1, 2, 3])))?.caseName == "tensorsOverlap")
    }

    @Test("A10: a zero-size tensor sharing its start with a non-empty tensor is refused")
    func a10ZeroSizeSharesStart() throws {
        let header = "{" + entry("empty", shape: [0], offsets: (0, 0)) + "," + entry("w", shape: [2], offsets: (0, 8)) + "}"
        let bytes = rawFile(header: header, data: f32Bytes([1, 2]))
        #expect(try openError(bytes) == .zeroSizeTensorSharesOffset(file: "model.safetensors", tensor: "empty", other: "w", offset: 0))
    }

    @Test("A10: a zero-size tensor between two non-empty tensors is refused")
    func a10ZeroSizeInMiddle() throws {
        let header = "{" + entry("a", shape: [1], offsets: (0, 4)) + "," + entry("empty", shape: [3, 0], offsets: (4, 4)) + ","
            + entry("b", shape: [1], offsets: (4, 8)) + "}"
        #expect(try openError(rawFile(header: header, data: f32Bytes([1, 2])))?.caseName == "zeroSizeTensorSharesOffset")
    }

    @Test("A10: a zero-size tensor inside another tensor's bytes is refused")
    func a10ZeroSizeInsideTensor() throws {
        let header = "{" + entry("a", shape: [2], offsets: (0, 8)) + "," + entry("empty", shape: [0], offsets: (4, 4)) + "}"
        #expect(try openError(rawFile(header: header, data: f32Bytes([1, 2])))?.caseName == "tensorsOverlap")
    }

    @Test("A10: zero-size tensors at the end of the data are accepted and own no bytes")
    func a10ZeroSizeAtEndAccepted() throws {
        let dir = try TempDir()
        let header = "{" + entry("w", shape: [2], offsets: (0, 8)) + "," + entry("e1", shape: [0], offsets: (8, 8)) + ","
            + entry("e2", "F16", shape: [4, 0], offsets: (8, 8)) + "}"
        let file = try openFile(rawFile(header: header, data: f32Bytes([1, 2])), in: dir)
        #expect(file.names == ["w", "e1", "e2"])
        let e2 = try file.tensor("e2")
        #expect(e2.shape == [4, 0] && e2.count == 0)
        #expect(try file.tensor("w").scalars == [1, 2])
    }

    @Test("A11: a shape whose element count overflows is refused")
    func a11Overflow() throws {
        let header = "{" + entry("t", shape: [4_294_967_296, 4_294_967_296], offsets: (0, 4)) + "}"
        #expect(try openError(rawFile(header: header, data: f32Bytes([1]))) == .validationOverflow(file: "model.safetensors", tensor: "t"))
    }

    @Test("A11: an element count that fits but whose bit size overflows is refused")
    func a11BitOverflow() throws {
        let header = "{" + entry("t", shape: [1 << 60], offsets: (0, 4)) + "}"
        #expect(try openError(rawFile(header: header, data: f32Bytes([1]))) == .validationOverflow(file: "model.safetensors", tensor: "t"))
    }

    @Test("A11: negative, fractional, huge and too many dimensions are refused")
    func a11BadShapes() throws {
        for shape in ["[-1]", "[1.0]", "[\"1\"]", "[9223372036854775808]", "[1,1,1,1,1,1,1,1,1]", "1", "null"] {
            let header = "{\"t\":{\"dtype\":\"F32\",\"shape\":\(shape),\"data_offsets\":[0,4]}}"
            #expect(try openError(rawFile(header: header, data: f32Bytes([1])))?.caseName == "invalidShape", "\(shape)")
        }
    }

    @Test("A12: a 1000×1000 F32 tensor over 4 bytes is refused")
    func a12SizeMismatch() throws {
        let header = "{" + entry("encoder.layer.3.output.dense.weight", shape: [1000, 1000], offsets: (0, 4)) + "}"
        let error = try openError(rawFile(header: header, data: f32Bytes([1])))
        #expect(error == .tensorInvalidInfo(file: "model.safetensors", tensor: "encoder.layer.3.output.dense.weight", expected: 4_000_000, actual: 4))
        #expect(error?.description == "model.safetensors: tensor \"encoder.layer.3.output.dense.weight\" claims 4000000 bytes but its offsets span 4")
    }

    @Test("A12: a span larger than the shape needs is refused too")
    func a12SpanTooLarge() throws {
        let header = "{" + entry("t", shape: [1], offsets: (0, 8)) + "}"
        #expect(try openError(rawFile(header: header, data: f32Bytes([1, 2])))?.caseName == "tensorInvalidInfo")
    }

    @Test("A13: an unknown dtype is refused")
    func a13UnknownDType() throws {
        for dtype in ["Q4", "f32", "F128", "", "Q4_K"] {
            let header = "{" + entry("t", dtype, shape: [1], offsets: (0, 4)) + "}"
            #expect(try openError(rawFile(header: header, data: f32Bytes([1]))) == .unsupportedDType(file: "model.safetensors", tensor: "t", dtype: dtype))
        }
        let numeric = "{\"t\":{\"dtype\":32,\"shape\":[1],\"data_offsets\":[0,4]}}"
        #expect(try openError(rawFile(header: numeric, data: f32Bytes([1])))?.caseName == "invalidTensorEntry")
    }

    @Test("A13: sub-byte elements that do not fill whole bytes are refused")
    func a13MisalignedSlice() throws {
        let header = "{" + entry("t", "F6_E2M3", shape: [3], offsets: (0, 2)) + "}"
        #expect(try openError(rawFile(header: header, data: [0, 0])) == .misalignedSlice(file: "model.safetensors", tensor: "t"))
        let f4 = "{" + entry("t", "F4", shape: [3], offsets: (0, 2)) + "}"
        #expect(try openError(rawFile(header: f4, data: [0, 0])) == .misalignedSlice(file: "model.safetensors", tensor: "t"))
    }

    @Test("A13: non-float dtypes are listed but cannot be loaded as float32")
    func a13ListedButNotLoadable() throws {
        let dir = try TempDir()
        let header = "{" + entry("ids", "I64", shape: [2], offsets: (0, 16)) + "," + entry("f6", "F6_E2M3", shape: [4], offsets: (16, 19)) + ","
            + entry("mask", "BOOL", shape: [1], offsets: (19, 20)) + "}"
        let file = try openFile(rawFile(header: header, data: Array(repeating: 1, count: 20)), in: dir)
        #expect(file.info("ids")?.dtype == .i64)
        #expect(file.info("f6")?.byteCount == 3)
        #expect(throws: SafeTensorsError.dtypeNotLoadable(file: "model.safetensors", tensor: "ids", dtype: .i64)) { try file.tensor("ids") }
        #expect(throws: SafeTensorsError.dtypeNotLoadable(file: "model.safetensors", tensor: "f6", dtype: .f6e2m3)) { try file.tensor("f6") }
        #expect(throws: SafeTensorsError.dtypeNotLoadable(file: "model.safetensors", tensor: "mask", dtype: .bool)) { try file.tensor("mask") }
        let raw = file.withRawBytes(of: "ids") { Array($0) }
        #expect(raw == Array(repeating: 1, count: 16))
    }

    @Test("A14: __metadata__ with non-string values is refused")
    func a14NonStringMetadata() throws {
        for value in ["{\"a\":1}", "{\"a\":{\"b\":\"c\"}}", "{\"a\":null}", "{\"a\":[\"x\"]}", "[\"a\"]", "\"a\"", "3"] {
            let header = "{\"__metadata__\":\(value)," + entry("t", shape: [1], offsets: (0, 4)) + "}"
            #expect(try openError(rawFile(header: header, data: f32Bytes([1])))?.caseName == "invalidMetadata", "\(value)")
        }
    }

    @Test("A14: a tensor named __metadata__ cannot be read as a tensor")
    func a14TensorNamedMetadata() throws {
        let header = "{" + entry("__metadata__", shape: [1], offsets: (0, 4)) + "}"
        #expect(try openError(rawFile(header: header, data: f32Bytes([1])))?.caseName == "invalidMetadata")
        // and the writer refuses to produce one
        #expect(throws: SafeTensorsError.self) {
            try SafeTensorsWriter.serialize([.init(name: "__metadata__", shape: [1], floats: [1])])
        }
    }

    @Test("A14: string metadata is read back")
    func a14ValidMetadata() throws {
        let dir = try TempDir()
        let header = "{\"__metadata__\":{\"format\":\"pt\",\"note\":\"é\\n\"}," + entry("t", shape: [1], offsets: (0, 4)) + "}"
        let file = try openFile(rawFile(header: header, data: f32Bytes([1])), in: dir)
        #expect(file.metadata == ["format": "pt", "note": "é\n"])
        #expect(file.names == ["t"])
    }
}
