/// Widening conversions from 16-bit floats to float32, done once at load.
///
/// Both are exact: every F16 and BF16 value, including subnormals, ±0, ±inf and NaN payloads, has
/// a float32 with the same value. Written as branch-light integer code so the loops vectorise and
/// do not depend on F16C or a `__extendhfsf2` libcall per element.
public enum HalfConversion {
    /// The float32 with the value of the IEEE half whose bits are `h`.
    ///
    /// Rebias the exponent by 112 (127 − 15). Inf/NaN get a further 112 so the exponent becomes all
    /// ones. Subnormals are normalised by the "magic number" subtraction (F. Giesen, "half to float
    /// done quic", 2012): treat the mantissa as if the exponent were 1, then subtract 2^-14.
    @inlinable
    public static func float(fromHalf h: UInt16) -> Float {
        let shiftedExponent: UInt32 = 0x7C00 << 13
        var bits = UInt32(h & 0x7FFF) << 13
        let exponent = bits & shiftedExponent
        bits &+= (127 - 15) << 23
        if exponent == shiftedExponent {
            bits &+= (128 - 16) << 23  // inf or NaN: exponent 255, payload kept
        } else if exponent == 0 {
            bits &+= 1 << 23  // subnormal or zero: renormalise through the FPU
            bits = (Float(bitPattern: bits) - Float(bitPattern: 113 << 23)).bitPattern
        }
        return Float(bitPattern: bits | UInt32(h & 0x8000) << 16)
    }

    /// The float32 with the value of the bfloat16 whose bits are `b` (its top half).
    @inlinable
    public static func float(fromBFloat16 b: UInt16) -> Float {
        Float(bitPattern: UInt32(b) << 16)
    }

    /// Converts `count` little-endian halves at `source` (any alignment) into `destination`.
    public static func convertHalf(_ source: UnsafeRawPointer, to destination: UnsafeMutablePointer<Float>, count: Int) {
        for i in 0..<count {
            destination[i] = float(fromHalf: UInt16(littleEndian: source.loadUnaligned(fromByteOffset: 2 * i, as: UInt16.self)))
        }
    }

    /// Converts `count` little-endian bfloat16s at `source` (any alignment) into `destination`.
    public static func convertBFloat16(_ source: UnsafeRawPointer, to destination: UnsafeMutablePointer<Float>, count: Int) {
        for i in 0..<count {
            destination[i] = float(fromBFloat16: UInt16(littleEndian: source.loadUnaligned(fromByteOffset: 2 * i, as: UInt16.self)))
        }
    }
}
