import Foundation
import Testing

@testable import BaguiTensor

/// Loading tensors that pass validation: zero-copy F32 views, copies, F16/BF16 conversion.
@Suite("safetensors file loading")
struct SafeTensorsFileTests {
    @Test("F32 tensors are zero-copy views into the mapping with the written values")
    func f32ZeroCopyView() throws {
        let dir = try TempDir()
        let values: [Float] = [0, 1, -1, 3.25, .infinity, -.greatestFiniteMagnitude, .leastNonzeroMagnitude, 1e-30]
        let path = dir.path + "/model.safetensors"
        try SafeTensorsWriter.write([
            .init(name: "a.weight", shape: [2, 4], floats: values),
            .init(name: "b.bias", shape: [3], floats: [7, 8, 9]),
        ], to: path)
        let file = try SafeTensorsFile(path: path)
        let a = try file.tensor("a.weight")
        #expect(a.shape == [2, 4])
        #expect(a.scalars.map(\.bitPattern) == values.map(\.bitPattern))
        #expect(file.mappingContains(UnsafeRawPointer(a.pointer)))
        #expect(file.mappingContains(UnsafeRawPointer(a.pointer + 7)))
        let b = try file.tensor("b.bias")
        #expect(b.scalars == [7, 8, 9])
        #expect(file.mappingContains(UnsafeRawPointer(b.pointer)))
        // Two requests for the same tensor see the same bytes: nothing was copied.
        #expect(try file.tensor("a.weight").pointer == a.pointer)
    }

    @Test("A view keeps the mapping alive after the file object is gone")
    func viewOutlivesFile() throws {
        let dir = try TempDir()
        let path = dir.path + "/model.safetensors"
        try SafeTensorsWriter.write([.init(name: "w", shape: [3], floats: [4, 5, 6])], to: path)
        var tensor: Tensor?
        do {
            let file = try SafeTensorsFile(path: path)
            tensor = try file.tensor("w")
        }
        #expect(tensor?.scalars == [4, 5, 6])
    }

    @Test("Misaligned F32 data is copied, with the same values")
    func misalignedF32IsCopied() throws {
        let dir = try TempDir()
        // A header of odd length puts the data at an odd file offset.
        var header = "{" + entry("w", shape: [2], offsets: (0, 8)) + "}"
        if (8 + header.utf8.count) % 4 == 0 { header += " " }
        let file = try openFile(rawFile(header: header, data: f32Bytes([1.25, -9])), in: dir)
        #expect((file.header.dataStart) % 4 != 0)
        let w = try file.tensor("w")
        #expect(w.scalars == [1.25, -9])
        #expect(!file.mappingContains(UnsafeRawPointer(w.pointer)))
    }

    @Test("F16 and BF16 tensors are converted to float32")
    func halfTensorsConverted() throws {
        let dir = try TempDir()
        let path = dir.path + "/model.safetensors"
        try SafeTensorsWriter.write([
            .init(name: "h", dtype: .f16, shape: [5], bytes: u16Bytes([0x3C00, 0xC000, 0x0001, 0x7C00, 0x7BFF])),
            .init(name: "b", dtype: .bf16, shape: [2, 2], bytes: u16Bytes([0x3F80, 0xC040, 0x0001, 0xFF80])),
        ], to: path)
        let file = try SafeTensorsFile(path: path)
        #expect(try file.tensor("h").scalars == [1, -2, Float(sign: .plus, exponent: -24, significand: 1), .infinity, 65504])
        let b = try file.tensor("b")
        #expect(b.shape == [2, 2])
        #expect(b.scalars == [1, -3, Float(sign: .plus, exponent: -133, significand: 1), -.infinity])
        #expect(!file.mappingContains(UnsafeRawPointer(b.pointer)))
    }

    @Test("Scalars (rank 0) load as one element")
    func scalarTensor() throws {
        let dir = try TempDir()
        let path = dir.path + "/model.safetensors"
        try SafeTensorsWriter.write([.init(name: "s", shape: [], floats: [42])], to: path)
        let s = try SafeTensorsFile(path: path).tensor("s")
        #expect(s.shape == [] && s.scalars == [42])
    }

    @Test("A missing tensor is a typed error naming file and tensor")
    func missingTensor() throws {
        let dir = try TempDir()
        let path = dir.path + "/model.safetensors"
        try SafeTensorsWriter.write([.init(name: "w", shape: [1], floats: [1])], to: path)
        let file = try SafeTensorsFile(path: path)
        #expect(throws: SafeTensorsError.tensorNotFound(file: "model.safetensors", tensor: "x")) { try file.tensor("x") }
    }

    @Test("Opening a missing path or a directory is a typed error")
    func notAFile() throws {
        let dir = try TempDir()
        #expect(throws: SafeTensorsError.notRegularFile(file: "d")) {
            try FileManager.default.createDirectory(atPath: dir.path + "/d", withIntermediateDirectories: false)
            return try SafeTensorsFile(path: dir.path + "/d")
        }
        let error = try openErrorAt(dir.path + "/absent.safetensors")
        #expect(error?.caseName == "io")
    }

    private func openErrorAt(_ path: String) throws -> SafeTensorsError? {
        do {
            _ = try SafeTensorsFile(path: path)
            return nil
        } catch { return error }
    }

    @Test("Error descriptions are one readable sentence naming the file and tensor")
    func descriptions() {
        let error = SafeTensorsError.shapeMismatch(file: "model.safetensors", tensor: "encoder.layer.0.attention.self.query.weight", expected: [384, 384], actual: [384, 383])
        #expect(error.description == "model.safetensors: tensor \"encoder.layer.0.attention.self.query.weight\" has shape [384, 383] but the model expects [384, 384]")
        #expect(SafeTensorsError.invalidHeaderStart(file: "m", byte: 0x0A).description == "m: header must start with '{' but starts with byte 0x0A")
    }

    @Test(
        "MiniLM (90 MB) opens near-instantly with zero-copy views",
        .enabled(if: FileManager.default.fileExists(atPath: miniLMPath)))
    func miniLM() throws {
        let clock = ContinuousClock()
        var file: SafeTensorsFile?
        let elapsed = try clock.measure { file = try SafeTensorsFile(path: miniLMPath) }
        let loaded = try #require(file)
        #expect(elapsed < .milliseconds(500))
        let store = WeightStore(file: loaded)
        let q = try store.scope("encoder.layer.0.attention.self.query").tensor("weight", shape: [384, 384])
        #expect(loaded.mappingContains(UnsafeRawPointer(q.pointer)))
        let allFinite = q.scalars.allSatisfy { $0.isFinite }
        #expect(allFinite)
        #expect(loaded.names.count > 100)
    }
}

/// The MiniLM checkpoint fetched by `Scripts/fetch-minilm.sh`; the test using it is skipped when absent.
private let miniLMPath = "/work/main/.cache/models/all-MiniLM-L6-v2/model.safetensors"
