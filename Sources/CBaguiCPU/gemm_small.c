// A direct GEMM for products too small to pay for OpenBLAS's call, threading and packing overhead:
// attention's per-head Q·Kᵀ and P·V, which for a 20-token sentence are 20×20×32 and 20×32×20
// (about 13k multiply-adds, a microsecond of arithmetic, against OpenBLAS's few microseconds of setup).
// No packing: the operands fit in L1. Compiled for AVX2 + FMA and chosen at run time from CPUID,
// under the same condition as gemm_packed.c.
#include "CBaguiCPU.h"

#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__))
#include <immintrin.h>

#define BAGUI_AVX2 __attribute__((target("avx2,fma")))

static inline BAGUI_AVX2 float hsum(__m256 v) {
    __m128 s = _mm_add_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
    s = _mm_add_ps(s, _mm_movehl_ps(s, s));
    s = _mm_add_ss(s, _mm_movehdup_ps(s));
    return _mm_cvtss_f32(s);
}

/// c[i, j] = alpha · Σ_p a[i, p] · b[j, p]: dot products, four columns of c at a time so each row of
/// a is loaded once per four.
static BAGUI_AVX2 void small_nt(int m, int n, int k, float alpha, const float *a, int lda, const float *b, int ldb,
                                float *c, int ldc) {
    const int k8 = k & ~7;
    for (int i = 0; i < m; i++) {
        const float *x = a + (long)i * lda;
        float *out = c + (long)i * ldc;
        int j = 0;
        for (; j + 4 <= n; j += 4) {
            const float *b0 = b + (long)j * ldb, *b1 = b0 + ldb, *b2 = b1 + ldb, *b3 = b2 + ldb;
            __m256 s0 = _mm256_setzero_ps(), s1 = _mm256_setzero_ps(), s2 = _mm256_setzero_ps(), s3 = _mm256_setzero_ps();
            for (int p = 0; p < k8; p += 8) {
                const __m256 v = _mm256_loadu_ps(x + p);
                s0 = _mm256_fmadd_ps(v, _mm256_loadu_ps(b0 + p), s0);
                s1 = _mm256_fmadd_ps(v, _mm256_loadu_ps(b1 + p), s1);
                s2 = _mm256_fmadd_ps(v, _mm256_loadu_ps(b2 + p), s2);
                s3 = _mm256_fmadd_ps(v, _mm256_loadu_ps(b3 + p), s3);
            }
            float t0 = hsum(s0), t1 = hsum(s1), t2 = hsum(s2), t3 = hsum(s3);
            for (int p = k8; p < k; p++) {
                t0 += x[p] * b0[p]; t1 += x[p] * b1[p]; t2 += x[p] * b2[p]; t3 += x[p] * b3[p];
            }
            out[j] = alpha * t0; out[j + 1] = alpha * t1; out[j + 2] = alpha * t2; out[j + 3] = alpha * t3;
        }
        for (; j < n; j++) {
            const float *y = b + (long)j * ldb;
            __m256 s = _mm256_setzero_ps();
            for (int p = 0; p < k8; p += 8) s = _mm256_fmadd_ps(_mm256_loadu_ps(x + p), _mm256_loadu_ps(y + p), s);
            float t = hsum(s);
            for (int p = k8; p < k; p++) t += x[p] * y[p];
            out[j] = alpha * t;
        }
    }
}

/// c[i, :] = alpha · Σ_p a[i, p] · b[p, :]: each row of c is a sum of rows of b, 32 columns (four
/// accumulators) at a time.
static BAGUI_AVX2 void small_nn(int m, int n, int k, float alpha, const float *a, int lda, const float *b, int ldb,
                                float *c, int ldc) {
    for (int i = 0; i < m; i++) {
        const float *x = a + (long)i * lda;
        float *out = c + (long)i * ldc;
        int j = 0;
        for (; j + 32 <= n; j += 32) {
            __m256 s0 = _mm256_setzero_ps(), s1 = _mm256_setzero_ps(), s2 = _mm256_setzero_ps(), s3 = _mm256_setzero_ps();
            for (int p = 0; p < k; p++) {
                const float *row = b + (long)p * ldb + j;
                const __m256 w = _mm256_broadcast_ss(x + p);
                s0 = _mm256_fmadd_ps(w, _mm256_loadu_ps(row), s0);
                s1 = _mm256_fmadd_ps(w, _mm256_loadu_ps(row + 8), s1);
                s2 = _mm256_fmadd_ps(w, _mm256_loadu_ps(row + 16), s2);
                s3 = _mm256_fmadd_ps(w, _mm256_loadu_ps(row + 24), s3);
            }
            const __m256 scale = _mm256_set1_ps(alpha);
            _mm256_storeu_ps(out + j, _mm256_mul_ps(scale, s0));
            _mm256_storeu_ps(out + j + 8, _mm256_mul_ps(scale, s1));
            _mm256_storeu_ps(out + j + 16, _mm256_mul_ps(scale, s2));
            _mm256_storeu_ps(out + j + 24, _mm256_mul_ps(scale, s3));
        }
        for (; j + 8 <= n; j += 8) {
            __m256 s = _mm256_setzero_ps();
            for (int p = 0; p < k; p++) s = _mm256_fmadd_ps(_mm256_broadcast_ss(x + p), _mm256_loadu_ps(b + (long)p * ldb + j), s);
            _mm256_storeu_ps(out + j, _mm256_mul_ps(_mm256_set1_ps(alpha), s));
        }
        for (; j < n; j++) {
            float t = 0;
            for (int p = 0; p < k; p++) t += x[p] * b[(long)p * ldb + j];
            out[j] = alpha * t;
        }
    }
}

void bagui_sgemm_small(int m, int n, int k, float alpha, const float *a, int lda, const float *b, int ldb,
                       int transpose_b, float *c, int ldc) {
    if (transpose_b) small_nt(m, n, k, alpha, a, lda, b, ldb, c, ldc);
    else small_nn(m, n, k, alpha, a, lda, b, ldb, c, ldc);
}

#else

void bagui_sgemm_small(int m, int n, int k, float alpha, const float *a, int lda, const float *b, int ldb,
                       int transpose_b, float *c, int ldc) {
    (void)m; (void)n; (void)k; (void)alpha; (void)a; (void)lda; (void)b; (void)ldb; (void)transpose_b; (void)c; (void)ldc;
}

#endif
