// The AVX-512 form of gemm_packed.c's product, over the same packed weight (16-column panels, each
// k × 16 contiguous floats): one panel row is one zmm register, so a k-step loads one register per
// panel and issues one FMA per row and panel, twice the columns per instruction of the AVX2 tile.
//
// The register tile is 8 rows × 32 columns (two panels): 16 accumulators, 2 weight loads and 8
// broadcasts per k-step, so the FMA ports, not the loads, bound it (a 12 × 16 tile needs 13 loads per
// 12 FMAs). Each output is the same FMA chain over k in the same order as the AVX2 tile's, so the two
// kernels agree bit for bit (GemmWeightTests checks it). The last, narrower panel uses masked loads
// and stores instead of a scratch tile.
#include "CBaguiCPU.h"

#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__))
#include <immintrin.h>

#define BAGUI_AVX512 __attribute__((target("avx512f")))
#define BAGUI_INLINE static inline __attribute__((always_inline))

/// out[columns of mask] = (out +) v.
BAGUI_INLINE BAGUI_AVX512 void store_z(float *out, __m512 v, __mmask16 mask, int accumulate) {
    if (accumulate) v = _mm512_add_ps(v, _mm512_maskz_loadu_ps(mask, out));
    _mm512_mask_storeu_ps(out, mask, v);
}

/// rows × (16 · panels) for rows ≤ 8 and panels ∈ {1, 2}, both constants after inlining:
/// c (+)= a[rows, k] · [b0 | b1], the second panel's columns limited to mask1, the first's to mask0.
BAGUI_INLINE BAGUI_AVX512 void tile_z(int rows, int panels, int k, const float *a, int lda, const float *b0,
                                      const float *b1, float *c, int ldc, __mmask16 mask0, __mmask16 mask1,
                                      int accumulate) {
    __m512 acc[8][2];
    for (int r = 0; r < rows; r++) acc[r][0] = acc[r][1] = _mm512_setzero_ps();
    for (int p = 0; p < k; p++) {
        const __m512 w0 = _mm512_loadu_ps(b0 + (long)p * 16);
        const __m512 w1 = panels == 2 ? _mm512_loadu_ps(b1 + (long)p * 16) : _mm512_setzero_ps();
        for (int r = 0; r < rows; r++) {
            const __m512 x = _mm512_set1_ps(a[(long)r * lda + p]);
            acc[r][0] = _mm512_fmadd_ps(x, w0, acc[r][0]);
            if (panels == 2) acc[r][1] = _mm512_fmadd_ps(x, w1, acc[r][1]);
        }
    }
    for (int r = 0; r < rows; r++) {
        store_z(c + (long)r * ldc, acc[r][0], mask0, accumulate);
        if (panels == 2) store_z(c + (long)r * ldc + 16, acc[r][1], mask1, accumulate);
    }
}

/// Dispatches a tile of `rows` ≤ 8 to its specialised form.
#define BAGUI_TILE_CASE(R)                                                                              \
    case R:                                                                                             \
        if (panels == 2) tile_z(R, 2, k, a, lda, b0, b1, c, ldc, mask0, mask1, accumulate);            \
        else tile_z(R, 1, k, a, lda, b0, b1, c, ldc, mask0, mask1, accumulate);                         \
        break;

static BAGUI_AVX512 void tile(int rows, int panels, int k, const float *a, int lda, const float *b0, const float *b1,
                              float *c, int ldc, __mmask16 mask0, __mmask16 mask1, int accumulate) {
    switch (rows) {
        BAGUI_TILE_CASE(8) BAGUI_TILE_CASE(7) BAGUI_TILE_CASE(6) BAGUI_TILE_CASE(5)
        BAGUI_TILE_CASE(4) BAGUI_TILE_CASE(3) BAGUI_TILE_CASE(2) BAGUI_TILE_CASE(1)
    default: break;
    }
}

/// The columns of panel `panel` that lie inside n, as a mask.
BAGUI_INLINE __mmask16 panel_mask(int n, int panel) {
    const int width = n - panel * 16;
    return width >= 16 ? (__mmask16)0xFFFF : (__mmask16)((1u << width) - 1);
}

BAGUI_AVX512 void bagui_sgemm_packed_avx512(int m, int n, int k, const float *a, int lda, const float *packed,
                                           float *c, int ldc, int accumulate, int panel0, int panel1) {
    for (int panel = panel0; panel < panel1; panel += 2) {
        const int panels = panel + 1 < panel1 ? 2 : 1;
        const float *b0 = packed + (long)panel * k * 16, *b1 = b0 + (long)k * 16;
        const __mmask16 mask0 = panel_mask(n, panel), mask1 = panels == 2 ? panel_mask(n, panel + 1) : 0;
        for (int i = 0; i < m; i += 8) {
            const int rows = m - i < 8 ? m - i : 8;
            tile(rows, panels, k, a + (long)i * lda, lda, b0, b1, c + (long)i * ldc + panel * 16, ldc, mask0, mask1,
                 accumulate);
        }
    }
}

int bagui_sgemm_packed_avx512_compiled(void) { return 1; }

#else

void bagui_sgemm_packed_avx512(int m, int n, int k, const float *a, int lda, const float *packed,
                               float *c, int ldc, int accumulate, int panel0, int panel1) {
    (void)m; (void)n; (void)k; (void)a; (void)lda; (void)packed; (void)c; (void)ldc; (void)accumulate;
    (void)panel0; (void)panel1;
}

int bagui_sgemm_packed_avx512_compiled(void) { return 0; }

#endif
