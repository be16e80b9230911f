#ifndef CBAGUI_CPU_H
#define CBAGUI_CPU_H

/// Raw CPUID leaf: eax, ebx, ecx, edx for (leaf, subleaf). All zero on non-x86 machines.
typedef struct { unsigned int eax, ebx, ecx, edx; } bagui_cpuid_regs;

bagui_cpuid_regs bagui_cpuid(unsigned int leaf, unsigned int subleaf);

/// XCR0 (which register states the OS saves), or 0 where XGETBV is unavailable.
unsigned long long bagui_xgetbv0(void);

#endif
