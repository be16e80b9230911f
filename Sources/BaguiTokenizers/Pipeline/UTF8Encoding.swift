/// Calls `body` with each UTF-8 byte of `scalar`, without the optional that `UTF8.encode` returns.
@inline(__always)
func forEachUTF8Byte(_ scalar: Unicode.Scalar, _ body: (UInt8) -> Void) {
    let v = scalar.value
    switch v {
    case 0..<0x80:
        body(UInt8(v))
    case 0x80..<0x800:
        body(UInt8(0xC0 | v >> 6))
        body(UInt8(0x80 | v & 0x3F))
    case 0x800..<0x10000:
        body(UInt8(0xE0 | v >> 12))
        body(UInt8(0x80 | v >> 6 & 0x3F))
        body(UInt8(0x80 | v & 0x3F))
    default:
        body(UInt8(0xF0 | v >> 18))
        body(UInt8(0x80 | v >> 12 & 0x3F))
        body(UInt8(0x80 | v >> 6 & 0x3F))
        body(UInt8(0x80 | v & 0x3F))
    }
}

/// Appends the UTF-8 of `scalars` to `bytes`.
@inline(__always)
func appendUTF8(_ scalars: some Sequence<Unicode.Scalar>, to bytes: inout [UInt8]) {
    for scalar in scalars { forEachUTF8Byte(scalar) { bytes.append($0) } }
}

/// A `String` made of exactly these scalars (no normalization).
func makeString(_ scalars: some Sequence<Unicode.Scalar>) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars)
    return String(view)
}
