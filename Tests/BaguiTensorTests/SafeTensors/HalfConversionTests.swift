import Testing

@testable import BaguiTensor

@Suite("F16 and BF16 to F32 conversion")
struct HalfConversionTests {
    @Test(
        "F16 known values, including subnormals, signed zero, infinities and NaN",
        arguments: [
            (UInt16(0x0000), Float(0)), (0x3C00, 1), (0xBC00, -1), (0x4000, 2), (0xC000, -2), (0x3800, 0.5),
            (0x3555, 0.333251953125), (0x7BFF, 65504), (0xFBFF, -65504),
            (0x0400, 6.103515625e-05),  // smallest normal, 2^-14
            (0x0001, 5.9604644775390625e-08),  // smallest subnormal, 2^-24
            (0x03FF, 6.097555160522461e-05),  // largest subnormal, 1023·2^-24
            (0x8001, -5.9604644775390625e-08), (0x0200, 3.0517578125e-05),
            (0x7C00, .infinity), (0xFC00, -.infinity),
        ])
    func halfKnownValues(bits: UInt16, expected: Float) {
        #expect(HalfConversion.float(fromHalf: bits).bitPattern == expected.bitPattern, "0x\(String(bits, radix: 16))")
    }

    @Test("F16 negative zero keeps its sign")
    func halfNegativeZero() {
        #expect(HalfConversion.float(fromHalf: 0x8000).bitPattern == (-0.0 as Float).bitPattern)
    }

    @Test("F16 NaNs stay NaN and keep their payload")
    func halfNaN() {
        let quiet = HalfConversion.float(fromHalf: 0x7E00)
        #expect(quiet.isNaN && quiet.bitPattern == 0x7FC0_0000)
        let payload = HalfConversion.float(fromHalf: 0xFC01)
        #expect(payload.isNaN && payload.sign == .minus && payload.bitPattern == 0xFF80_2000)
    }

    #if arch(x86_64) || arch(arm64)
    @Test("F16 conversion matches the standard library for all 65536 bit patterns")
    func halfExhaustive() {
        var mismatches: [UInt16] = []
        for bits in 0...UInt16.max {
            let ours = HalfConversion.float(fromHalf: bits)
            let reference = Float(Float16(bitPattern: bits))
            let same = ours.isNaN ? reference.isNaN && ours.sign == reference.sign : ours.bitPattern == reference.bitPattern
            if !same { mismatches.append(bits) }
        }
        #expect(mismatches.isEmpty, "first mismatch: \(mismatches.first.map { String($0, radix: 16) } ?? "")")
    }
    #endif

    @Test(
        "BF16 known values, including subnormals, infinities and NaN",
        arguments: [
            (UInt16(0x3F80), Float(1)), (0xBF80, -1), (0x4049, 3.140625), (0x7F7F, 3.3895313892515355e+38),
            (0x0080, .leastNormalMagnitude),  // smallest normal
            (0x0001, .leastNonzeroMagnitude * 65536),  // smallest subnormal, 2^-133
            (0x7F80, .infinity), (0xFF80, -.infinity), (0x8000, -0.0),
        ])
    func bfloatKnownValues(bits: UInt16, expected: Float) {
        #expect(HalfConversion.float(fromBFloat16: bits).bitPattern == expected.bitPattern)
    }

    @Test("BF16 NaN stays NaN")
    func bfloatNaN() {
        #expect(HalfConversion.float(fromBFloat16: 0x7FC0).isNaN)
        #expect(HalfConversion.float(fromBFloat16: 0xFFC1).bitPattern == 0xFFC1_0000)
    }

    @Test("Bulk conversion reads unaligned little-endian input")
    func bulkUnaligned() {
        let bytes: [UInt8] = [0xAA] + u16Bytes([0x3C00, 0xC000, 0x0001])
        var out = [Float](repeating: 0, count: 3)
        bytes.withUnsafeBytes { raw in
            out.withUnsafeMutableBufferPointer { HalfConversion.convertHalf(raw.baseAddress! + 1, to: $0.baseAddress!, count: 3) }
        }
        #expect(out == [1, -2, 5.9604644775390625e-08])
        bytes.withUnsafeBytes { raw in
            out.withUnsafeMutableBufferPointer { HalfConversion.convertBFloat16(raw.baseAddress! + 1, to: $0.baseAddress!, count: 3) }
        }
        #expect(out.map(\.bitPattern) == [0x3C00_0000, 0xC000_0000, 0x0001_0000])
    }
}
