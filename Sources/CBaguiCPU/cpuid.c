// CPUID and XGETBV, the two instructions Swift cannot issue itself. Feature decoding is in Swift.
#include "CBaguiCPU.h"

#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>

bagui_cpuid_regs bagui_cpuid(unsigned int leaf, unsigned int subleaf) {
    bagui_cpuid_regs r = {0, 0, 0, 0};
    unsigned int max_leaf = __get_cpuid_max(leaf & 0x80000000u, 0);
    if (max_leaf == 0 || leaf > max_leaf) return r;
    __cpuid_count(leaf, subleaf, r.eax, r.ebx, r.ecx, r.edx);
    return r;
}

unsigned long long bagui_xgetbv0(void) {
    bagui_cpuid_regs r = bagui_cpuid(1, 0);
    if (!(r.ecx & (1u << 27))) return 0;  // OSXSAVE not set: XGETBV would fault.
    unsigned int lo, hi;
    __asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
    return ((unsigned long long)hi << 32) | lo;
}
#else
bagui_cpuid_regs bagui_cpuid(unsigned int leaf, unsigned int subleaf) {
    (void)leaf; (void)subleaf;
    bagui_cpuid_regs r = {0, 0, 0, 0};
    return r;
}
unsigned long long bagui_xgetbv0(void) { return 0; }
#endif
