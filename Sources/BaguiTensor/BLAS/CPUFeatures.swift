import CBaguiCPU

/// The instruction-set features of this CPU that decide which BLAS kernel is fast and safe,
/// read with CPUID and checked against the register state the OS saves (XCR0).
public struct CPUFeatures: Sendable, Equatable, Codable {
    /// CPU vendor string, e.g. `GenuineIntel`.
    public var vendor: String
    /// Display family and model, as Linux prints them (`cpu family`, `model`).
    public var family: Int, model: Int
    /// Usable feature names, lowercase as in `/proc/cpuinfo` (`avx2`, `avx512f`, `avx512_bf16`, `amx_tile`…).
    public var flags: [String]

    /// True when every named feature is usable.
    public func has(_ names: String...) -> Bool { names.allSatisfy(flags.contains) }

    /// Reads the features of the CPU this process runs on.
    public static let current = CPUFeatures.detect()

    private static func detect() -> CPUFeatures {
        let leaf0 = bagui_cpuid(0, 0)
        var vendorBytes: [UInt8] = []
        for register in [leaf0.ebx, leaf0.edx, leaf0.ecx] {
            for shift in stride(from: 0, to: 32, by: 8) { vendorBytes.append(UInt8((register >> UInt32(shift)) & 0xFF)) }
        }
        let vendor = String(decoding: vendorBytes.filter { $0 != 0 }, as: UTF8.self)

        let leaf1 = bagui_cpuid(1, 0)
        let baseFamily = Int((leaf1.eax >> 8) & 0xF), baseModel = Int((leaf1.eax >> 4) & 0xF)
        let family = baseFamily == 0xF ? baseFamily + Int((leaf1.eax >> 20) & 0xFF) : baseFamily
        let model = (baseFamily == 0x6 || baseFamily == 0xF) ? baseModel | Int((leaf1.eax >> 12) & 0xF0) : baseModel

        // The OS must save the wider registers, or using them faults (Intel SDM vol. 1, 13.3).
        let xcr0 = bagui_xgetbv0()
        let osAVX = xcr0 & 0x6 == 0x6                  // XMM | YMM
        let osAVX512 = osAVX && xcr0 & 0xE0 == 0xE0    // opmask | ZMM_Hi256 | Hi16_ZMM
        let osAMX = xcr0 & 0x60000 == 0x60000          // XTILECFG | XTILEDATA

        let leaf7 = bagui_cpuid(7, 0), leaf7s1 = bagui_cpuid(7, 1)
        func bit(_ register: UInt32, _ n: UInt32) -> Bool { register >> n & 1 == 1 }
        let table: [(String, Bool)] = [
            ("sse3", bit(leaf1.ecx, 0)), ("ssse3", bit(leaf1.ecx, 9)), ("sse4_1", bit(leaf1.ecx, 19)),
            ("sse4_2", bit(leaf1.ecx, 20)), ("fma", osAVX && bit(leaf1.ecx, 12)), ("avx", osAVX && bit(leaf1.ecx, 28)),
            ("f16c", osAVX && bit(leaf1.ecx, 29)), ("avx2", osAVX && bit(leaf7.ebx, 5)),
            ("avx512f", osAVX512 && bit(leaf7.ebx, 16)), ("avx512dq", osAVX512 && bit(leaf7.ebx, 17)),
            ("avx512cd", osAVX512 && bit(leaf7.ebx, 28)), ("avx512bw", osAVX512 && bit(leaf7.ebx, 30)),
            ("avx512vl", osAVX512 && bit(leaf7.ebx, 31)), ("avx512_vnni", osAVX512 && bit(leaf7.ecx, 11)),
            ("avx512_bf16", osAVX512 && bit(leaf7s1.eax, 5)), ("avx512_fp16", osAVX512 && bit(leaf7.edx, 23)),
            ("amx_bf16", osAMX && bit(leaf7.edx, 22)), ("amx_tile", osAMX && bit(leaf7.edx, 24)),
            ("amx_int8", osAMX && bit(leaf7.edx, 25)),
        ]
        return CPUFeatures(vendor: vendor, family: family, model: model, flags: table.filter(\.1).map(\.0))
    }
}
