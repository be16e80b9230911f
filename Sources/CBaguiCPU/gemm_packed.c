// A GEMM for few rows over a weight packed once at load.
//
// OpenBLAS repacks its weight operand on every call (it has no pre-packed sgemm API), and with
// one sentence (m ≈ 15 rows) that packing was a third of the forward pass (perf, batch-1 MiniLM:
// sgemm_itcopy 32 %, sgemm_kernel 46 %). Here the weight is packed once, at load, into panels of
// 16 columns, each panel k × 16 contiguous floats (ONNX Runtime's MLAS packs its B the same way),
// so a product streams the weight in order. Reading a [k, n] weight in place instead was slower
// than OpenBLAS: each 64-byte panel row sat a page apart and the loads stalled (perf annotate).
// The micro-kernel is a 6×16 register tile (12 AVX2 accumulators, the shape of BLIS's Haswell
// kernel); compiled for AVX2 + FMA and chosen at run time from CPUID.
#include "CBaguiCPU.h"

#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__))
#include <immintrin.h>

#define BAGUI_AVX2 __attribute__((target("avx2,fma")))
#define BAGUI_INLINE static inline __attribute__((always_inline))

/// Writes one row of a tile: c[0..<16] = (c +) the two accumulators.
BAGUI_INLINE BAGUI_AVX2 void store_row(float *out, __m256 low, __m256 high, int accumulate) {
    if (accumulate) {
        low = _mm256_add_ps(low, _mm256_loadu_ps(out));
        high = _mm256_add_ps(high, _mm256_loadu_ps(out + 8));
    }
    _mm256_storeu_ps(out, low);
    _mm256_storeu_ps(out + 8, high);
}

/// 6 rows × 16 columns, c[6, 16] (+)= a[6, k] · b[k, 16], written out by hand: with the accumulators
/// in an array clang shuffled and spilled them (12 accumulators + 2 weight rows + 1 broadcast use
/// 15 of the 16 ymm registers).
static BAGUI_AVX2 void tile6x16(int k, const float *a, int lda, const float *b, float *c, int ldc, int accumulate) {
    const float *a0 = a, *a1 = a + lda, *a2 = a + 2L * lda, *a3 = a + 3L * lda, *a4 = a + 4L * lda, *a5 = a + 5L * lda;
    __m256 c00 = _mm256_setzero_ps(), c01 = _mm256_setzero_ps(), c10 = _mm256_setzero_ps(), c11 = _mm256_setzero_ps();
    __m256 c20 = _mm256_setzero_ps(), c21 = _mm256_setzero_ps(), c30 = _mm256_setzero_ps(), c31 = _mm256_setzero_ps();
    __m256 c40 = _mm256_setzero_ps(), c41 = _mm256_setzero_ps(), c50 = _mm256_setzero_ps(), c51 = _mm256_setzero_ps();
    for (int p = 0; p < k; p++, b += 16) {
        const __m256 b0 = _mm256_loadu_ps(b), b1 = _mm256_loadu_ps(b + 8);
        __m256 x = _mm256_broadcast_ss(a0 + p);
        c00 = _mm256_fmadd_ps(x, b0, c00); c01 = _mm256_fmadd_ps(x, b1, c01);
        x = _mm256_broadcast_ss(a1 + p);
        c10 = _mm256_fmadd_ps(x, b0, c10); c11 = _mm256_fmadd_ps(x, b1, c11);
        x = _mm256_broadcast_ss(a2 + p);
        c20 = _mm256_fmadd_ps(x, b0, c20); c21 = _mm256_fmadd_ps(x, b1, c21);
        x = _mm256_broadcast_ss(a3 + p);
        c30 = _mm256_fmadd_ps(x, b0, c30); c31 = _mm256_fmadd_ps(x, b1, c31);
        x = _mm256_broadcast_ss(a4 + p);
        c40 = _mm256_fmadd_ps(x, b0, c40); c41 = _mm256_fmadd_ps(x, b1, c41);
        x = _mm256_broadcast_ss(a5 + p);
        c50 = _mm256_fmadd_ps(x, b0, c50); c51 = _mm256_fmadd_ps(x, b1, c51);
    }
    store_row(c, c00, c01, accumulate);
    store_row(c + ldc, c10, c11, accumulate);
    store_row(c + 2L * ldc, c20, c21, accumulate);
    store_row(c + 3L * ldc, c30, c31, accumulate);
    store_row(c + 4L * ldc, c40, c41, accumulate);
    store_row(c + 5L * ldc, c50, c51, accumulate);
}

/// rows × 16 columns for rows ≤ 4 (a tile's remainder); rows is a constant after inlining.
BAGUI_INLINE BAGUI_AVX2 void tile16(int rows, int k, const float *a, int lda, const float *b,
                                    float *c, int ldc, int accumulate) {
    __m256 acc[4][2];
    for (int r = 0; r < rows; r++) acc[r][0] = acc[r][1] = _mm256_setzero_ps();
    for (int p = 0; p < k; p++, b += 16) {
        const __m256 b0 = _mm256_loadu_ps(b), b1 = _mm256_loadu_ps(b + 8);
        for (int r = 0; r < rows; r++) {
            const __m256 x = _mm256_broadcast_ss(a + (long)r * lda + p);
            acc[r][0] = _mm256_fmadd_ps(x, b0, acc[r][0]);
            acc[r][1] = _mm256_fmadd_ps(x, b1, acc[r][1]);
        }
    }
    for (int r = 0; r < rows; r++) store_row(c + (long)r * ldc, acc[r][0], acc[r][1], accumulate);
}

/// rows × 16 for any row count ≤ 6: the hand-written 6-row tile, or 4/3/2/1-row ones.
static BAGUI_AVX2 void tile(int rows, int k, const float *a, int lda, const float *b, float *c, int ldc, int accumulate) {
    switch (rows) {
    case 6: tile6x16(k, a, lda, b, c, ldc, accumulate); break;
    case 5: tile16(4, k, a, lda, b, c, ldc, accumulate); tile16(1, k, a + 4L * lda, lda, b, c + 4L * ldc, ldc, accumulate); break;
    case 4: tile16(4, k, a, lda, b, c, ldc, accumulate); break;
    case 3: tile16(3, k, a, lda, b, c, ldc, accumulate); break;
    case 2: tile16(2, k, a, lda, b, c, ldc, accumulate); break;
    default: tile16(1, k, a, lda, b, c, ldc, accumulate); break;
    }
}

BAGUI_AVX2 void bagui_sgemm_packed(int m, int n, int k, const float *a, int lda, const float *packed,
                                   float *c, int ldc, int accumulate, int panel0, int panel1) {
    for (int panel = panel0; panel < panel1; panel++) {
        const float *b = packed + (long)panel * k * 16;
        const int column = panel * 16, width = n - column < 16 ? n - column : 16;
        for (int i = 0; i < m; i += 6) {
            const int rows = m - i < 6 ? m - i : 6;
            const float *x = a + (long)i * lda;
            if (width == 16) {
                tile(rows, k, x, lda, b, c + (long)i * ldc + column, ldc, accumulate);
            } else {
                // The last, narrower panel (zero-padded when packed): compute 16 wide, keep `width`.
                float partial[6 * 16];
                tile(rows, k, x, lda, b, partial, 16, 0);
                for (int r = 0; r < rows; r++) {
                    float *out = c + (long)(i + r) * ldc + column;
                    for (int j = 0; j < width; j++) out[j] = accumulate ? out[j] + partial[r * 16 + j] : partial[r * 16 + j];
                }
            }
        }
    }
}

int bagui_sgemm_packed_compiled(void) { return 1; }

#else

void bagui_sgemm_packed(int m, int n, int k, const float *a, int lda, const float *packed,
                        float *c, int ldc, int accumulate, int panel0, int panel1) {
    (void)m; (void)n; (void)k; (void)a; (void)lda; (void)packed; (void)c; (void)ldc; (void)accumulate;
    (void)panel0; (void)panel1;
}

int bagui_sgemm_packed_compiled(void) { return 0; }

#endif

void bagui_pack_panels(const float *const *rows, int n, int k, float *packed) {
    for (int panel = 0; panel * 16 < n; panel++) {
        float *out = packed + (long)panel * k * 16;
        for (int j = 0; j < 16; j++) {
            const int column = panel * 16 + j;
            if (column < n) {
                const float *row = rows[column];
                for (int p = 0; p < k; p++) out[(long)p * 16 + j] = row[p];
            } else {
                for (int p = 0; p < k; p++) out[(long)p * 16 + j] = 0;
            }
        }
    }
}
