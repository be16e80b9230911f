#ifndef CBAGUI_CPU_H
#define CBAGUI_CPU_H

/// Raw CPUID leaf: eax, ebx, ecx, edx for (leaf, subleaf). All zero on non-x86 machines.
typedef struct { unsigned int eax, ebx, ecx, edx; } bagui_cpuid_regs;

bagui_cpuid_regs bagui_cpuid(unsigned int leaf, unsigned int subleaf);

/// XCR0 (which register states the OS saves), or 0 where XGETBV is unavailable.
unsigned long long bagui_xgetbv0(void);

/// Packs a weight for bagui_sgemm_packed: `rows[j]` is output column j's k input weights (row j of
/// an nn.Linear weight [n, k]); `packed` receives ceil(n / 16) panels of k × 16 floats, the last
/// zero-padded.
void bagui_pack_panels(const float *const *rows, int n, int k, float *packed);

/// c[m, n] = a[m, k] · W (+ c when accumulate != 0) for the panels [panel0, panel1) of a weight W
/// packed by bagui_pack_panels; row-major a and c with leading dimensions. AVX2 + FMA: call it only
/// when the CPU has both and bagui_sgemm_packed_compiled() is 1.
void bagui_sgemm_packed(int m, int n, int k, const float *a, int lda, const float *packed,
                        float *c, int ldc, int accumulate, int panel0, int panel1);

/// The same product as bagui_sgemm_packed, on the same packed weight, with AVX-512F (an 8 × 32 register
/// tile); bit-identical results. Call it only when the CPU and OS support AVX-512F and
/// bagui_sgemm_packed_avx512_compiled() is 1.
void bagui_sgemm_packed_avx512(int m, int n, int k, const float *a, int lda, const float *packed,
                               float *c, int ldc, int accumulate, int panel0, int panel1);

/// 1 when bagui_sgemm_packed_avx512 was compiled for this architecture (x86-64), else 0.
int bagui_sgemm_packed_avx512_compiled(void);

/// c[m×n] = alpha · a[m×k] · op(b), op(b) = bᵀ (b is [n, k]) when transpose_b, else b ([k, n]); row-major with
/// leading dimensions, no packing, for products of at most about a million multiply-adds. AVX2 + FMA,
/// compiled under the same condition as bagui_sgemm_packed (bagui_sgemm_packed_compiled()).
void bagui_sgemm_small(int m, int n, int k, float alpha, const float *a, int lda, const float *b, int ldb,
                       int transpose_b, float *c, int ldc);

/// 1 when bagui_sgemm_packed and bagui_sgemm_small were compiled for this architecture (x86-64), else 0.
int bagui_sgemm_packed_compiled(void);

#endif
