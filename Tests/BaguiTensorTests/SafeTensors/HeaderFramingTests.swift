import Foundation
import Testing

@testable import BaguiTensor

/// Trust matrix A1–A5: the length prefix, the header's framing and its JSON.
@Suite("safetensors header framing (A1–A5)")
struct HeaderFramingTests {
    @Test("A1: a header length equal to the file size is refused without allocating it")
    func a1HeaderLengthEqualsFileSize() throws {
        let dir = try TempDir()
        let size = 90 << 20  // sparse: claims 94 MB of header, under the 100 MB cap
        let path = dir.path + "/model.safetensors"
        var prefix: [UInt8] = []
        withUnsafeBytes(of: UInt64(size).littleEndian) { prefix.append(contentsOf: $0) }
        try sparseFile(at: path, size: size, prefix: prefix + Array("{".utf8))

        let before = peakRSS()
        #expect(throws: SafeTensorsError.invalidHeaderLength(file: "model.safetensors", claimed: UInt64(size), fileSize: size)) {
            try SafeTensorsFile(path: path)
        }
        // Reading or copying the claimed header would fault in 94 MB; allow noise from parallel tests.
        #expect(peakRSS() - before < 16 << 20)
    }

    @Test("A1: a header length of UInt64.max is refused as too large, with no allocation")
    func a1HeaderLengthMax() throws {
        let bytes = rawFile(header: "{}", prefix: UInt64.max)
        let before = peakRSS()
        let error = try openError(bytes)
        #expect(error == .headerTooLarge(file: "model.safetensors", claimed: UInt64.max, limit: 100_000_000))
        #expect(peakRSS() - before < 16 << 20)
    }

    @Test("A1: a header length one byte past the end of the file is refused")
    func a1HeaderLengthOnePastEnd() throws {
        let bytes = rawFile(header: "{}", prefix: 3)
        #expect(try openError(bytes) == .invalidHeaderLength(file: "model.safetensors", claimed: 3, fileSize: 10))
    }

    @Test("A1: header lengths 0 and 1 are refused (the smallest header is {})")
    func a1HeaderLengthBelowTwo() throws {
        #expect(try openError(rawFile(header: "", prefix: 0))?.caseName == "invalidHeaderLength")
        #expect(try openError(rawFile(header: "{", prefix: 1))?.caseName == "invalidHeaderLength")
    }

    @Test("A2: a header length over the 100 MB cap is refused before the body is read")
    func a2HeaderOverCap() throws {
        let dir = try TempDir()
        let claimed = 100_000_001
        let path = dir.path + "/model.safetensors"
        var prefix: [UInt8] = []
        withUnsafeBytes(of: UInt64(claimed).littleEndian) { prefix.append(contentsOf: $0) }
        try sparseFile(at: path, size: 8 + claimed + 64, prefix: prefix + Array("{}".utf8))

        let before = peakRSS()
        #expect(throws: SafeTensorsError.headerTooLarge(file: "model.safetensors", claimed: UInt64(claimed), limit: 100_000_000)) {
            try SafeTensorsFile(path: path)
        }
        #expect(peakRSS() - before < 16 << 20)
    }

    @Test("A2: exactly 100 MB passes the cap and fails later, on its content")
    func a2HeaderAtCap() throws {
        let dir = try TempDir()
        let claimed = 100_000_000
        let path = dir.path + "/model.safetensors"
        var prefix: [UInt8] = []
        withUnsafeBytes(of: UInt64(claimed).littleEndian) { prefix.append(contentsOf: $0) }
        try sparseFile(at: path, size: 8 + claimed, prefix: prefix)  // header is all NUL bytes
        #expect(throws: SafeTensorsError.invalidHeaderStart(file: "model.safetensors", byte: 0)) {
            try SafeTensorsFile(path: path)
        }
    }

    @Test("A3: files of 0 to 7 bytes are too small", arguments: 0...7)
    func a3TruncatedFiles(size: Int) throws {
        let bytes = Array(rawFile(header: "{}").prefix(size))
        #expect(try openError(bytes) == .headerTooSmall(file: "model.safetensors", fileSize: size))
    }

    @Test("A3: a prefix with a truncated header is refused")
    func a3TruncatedHeader() throws {
        let full = rawFile(header: "{\"a\":1}")
        let error = try openError(Array(full.prefix(12)))
        #expect(error == .invalidHeaderLength(file: "model.safetensors", claimed: 7, fileSize: 12))
    }

    @Test("A4: a header that is not UTF-8 is refused")
    func a4NotUTF8() throws {
        var header = Array("{\"ab\":{}}".utf8)
        header[3] = 0xFF
        var bytes: [UInt8] = []
        withUnsafeBytes(of: UInt64(header.count).littleEndian) { bytes.append(contentsOf: $0) }
        #expect(try openError(bytes + header) == .invalidHeaderUTF8(file: "model.safetensors"))
    }

    @Test("A4: a header whose first byte is not { is refused")
    func a4FirstByteNotBrace() throws {
        #expect(try openError(rawFile(header: "[1]")) == .invalidHeaderStart(file: "model.safetensors", byte: UInt8(ascii: "[")))
    }

    @Test("A4: NUL padding is refused")
    func a4NulPadding() throws {
        let bytes = rawFile(header: "{}", padding: [0, 0, 0, 0, 0, 0])
        #expect(try openError(bytes) == .invalidHeaderPadding(file: "model.safetensors", byte: 0))
    }

    @Test("A4: a leading space is refused")
    func a4LeadingSpace() throws {
        #expect(try openError(rawFile(header: " {}")) == .invalidHeaderStart(file: "model.safetensors", byte: 0x20))
    }

    @Test("A4: newline or tab padding is refused; only 0x20 is allowed")
    func a4OtherWhitespacePadding() throws {
        #expect(try openError(rawFile(header: "{}", padding: [0x0A]))?.caseName == "invalidHeaderPadding")
        #expect(try openError(rawFile(header: "{}", padding: [0x20, 0x09, 0x20]))?.caseName == "invalidHeaderPadding")
    }

    @Test("A4: 0x20 padding is accepted")
    func a4SpacePaddingAccepted() throws {
        let dir = try TempDir()
        let header = "{" + entry("w", shape: [2], offsets: (0, 8)) + "}"
        let file = try openFile(rawFile(header: header, data: f32Bytes([1.5, -2]), padding: Array(repeating: 0x20, count: 13)), in: dir)
        #expect(file.header.headerLength == header.utf8.count + 13)
        #expect(try file.tensor("w").scalars == [1.5, -2])
    }

    @Test("A5: invalid JSON is refused as invalid JSON")
    func a5InvalidJSON() throws {
        #expect(try openError(rawFile(header: "{\"a\":}"))?.caseName == "invalidJSON")
        #expect(try openError(rawFile(header: "{\"a\":{}"))?.caseName == "invalidJSON")
        #expect(try openError(rawFile(header: "{'a':1}"))?.caseName == "invalidJSON")
        #expect(try openError(rawFile(header: "{} {}"))?.caseName == "invalidJSON")
    }

    @Test("A5: non-object entries are refused")
    func a5NonObjectEntries() throws {
        #expect(try openError(rawFile(header: "{\"a\":[1]}"))?.caseName == "invalidTensorEntry")
        #expect(try openError(rawFile(header: "{\"a\":\"F32\"}"))?.caseName == "invalidTensorEntry")
    }

    @Test("A5: duplicate tensor names give the duplicate-key error, not an offset error")
    func a5DuplicateKeys() throws {
        let header = "{" + entry("a", shape: [1], offsets: (0, 4)) + "," + entry("a", shape: [1], offsets: (4, 8)) + "}"
        #expect(try openError(rawFile(header: header, data: f32Bytes([1, 2]))) == .duplicateKey(file: "model.safetensors", key: "a"))
        // The same range twice, as in safetensors #401, must still say "duplicate".
        let same = "{" + entry("a", shape: [1], offsets: (0, 4)) + "," + entry("a", shape: [1], offsets: (0, 4)) + "}"
        #expect(try openError(rawFile(header: same, data: f32Bytes([1]))) == .duplicateKey(file: "model.safetensors", key: "a"))
    }

    @Test("A5: a duplicate key inside an entry is refused too")
    func a5DuplicateKeyInEntry() throws {
        let header = "{\"a\":{\"dtype\":\"F32\",\"dtype\":\"F16\",\"shape\":[1],\"data_offsets\":[0,4]}}"
        #expect(try openError(rawFile(header: header, data: f32Bytes([1]))) == .duplicateKey(file: "model.safetensors", key: "dtype"))
    }

    @Test("A5: entries with missing or unknown keys are refused")
    func a5EntryKeys() throws {
        let missing = "{\"a\":{\"dtype\":\"F32\",\"shape\":[1]}}"
        #expect(try openError(rawFile(header: missing, data: f32Bytes([1])))?.caseName == "invalidTensorEntry")
        let extra = "{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4],\"strides\":[1]}}"
        #expect(try openError(rawFile(header: extra, data: f32Bytes([1])))?.caseName == "invalidTensorEntry")
    }

    @Test("An empty header {} with no data is a valid, empty file")
    func emptyHeader() throws {
        let dir = try TempDir()
        let file = try openFile(rawFile(header: "{}", padding: Array(repeating: 0x20, count: 6)), in: dir)
        #expect(file.names.isEmpty)
        #expect(file.metadata.isEmpty)
    }
}
