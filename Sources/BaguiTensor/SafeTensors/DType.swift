/// An element type as spelled in a safetensors header (`"dtype": "F32"`).
///
/// This is the allow-list: any other string is refused with ``SafeTensorsError/unsupportedDType(file:tensor:dtype:)``.
/// The names and bit sizes follow safetensors `tensor.rs` (`enum Dtype`, `Dtype::bitsize`). Only
/// ``isLoadableAsFloat32`` types can be handed out as a ``Tensor``; the others may still be listed.
public enum DType: String, Sendable, CaseIterable, Hashable {
    /// Boolean, one byte each.
    case bool = "BOOL"
    /// 4-bit float (MXFP4 element, E2M1), two per byte.
    case f4 = "F4"
    /// 6-bit float E2M3; elements must fill whole bytes.
    case f6e2m3 = "F6_E2M3"
    /// 6-bit float E3M2; elements must fill whole bytes.
    case f6e3m2 = "F6_E3M2"
    /// Unsigned 8-bit integer.
    case u8 = "U8"
    /// Signed 8-bit integer.
    case i8 = "I8"
    /// 8-bit float E5M2.
    case f8e5m2 = "F8_E5M2"
    /// 8-bit float E4M3.
    case f8e4m3 = "F8_E4M3"
    /// 8-bit power-of-two scale E8M0.
    case f8e8m0 = "F8_E8M0"
    /// Signed 16-bit integer.
    case i16 = "I16"
    /// Unsigned 16-bit integer.
    case u16 = "U16"
    /// IEEE 754 half precision.
    case f16 = "F16"
    /// bfloat16: the top 16 bits of a float32.
    case bf16 = "BF16"
    /// Signed 32-bit integer.
    case i32 = "I32"
    /// Unsigned 32-bit integer.
    case u32 = "U32"
    /// IEEE 754 single precision, the runtime's compute type.
    case f32 = "F32"
    /// IEEE 754 double precision.
    case f64 = "F64"
    /// Signed 64-bit integer.
    case i64 = "I64"
    /// Unsigned 64-bit integer.
    case u64 = "U64"

    /// Bits per element (tensor.rs `Dtype::bitsize`).
    public var bitSize: Int {
        switch self {
        case .f4: 4
        case .f6e2m3, .f6e3m2: 6
        case .bool, .u8, .i8, .f8e5m2, .f8e4m3, .f8e8m0: 8
        case .i16, .u16, .f16, .bf16: 16
        case .i32, .u32, .f32: 32
        case .f64, .i64, .u64: 64
        }
    }

    /// Bytes per element, rounded up for sub-byte types; the writer sorts by it to keep alignment.
    public var alignment: Int { (bitSize + 7) / 8 }

    /// True for the types ``SafeTensorsFile/tensor(_:)`` converts to float32: F32 (a view when
    /// aligned), F16 and BF16 (converted copies).
    public var isLoadableAsFloat32: Bool { self == .f32 || self == .f16 || self == .bf16 }
}
