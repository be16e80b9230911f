// The machine's float32 FMA peak: a register-only loop of independent FMAs on every core, the
// widest vectors the CPU has (AVX-512 or AVX2). Prints {"gflops": G, "vector": "...", "threads": T}.
// Built and run by Benchmarks/run.sh: cc -O2 -pthread fma_peak.c -o fma_peak
#include <immintrin.h>
#include <pthread.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>

#define ITERATIONS 200000000L
static double now(void) { struct timespec t; clock_gettime(CLOCK_MONOTONIC, &t); return t.tv_sec + t.tv_nsec * 1e-9; }

// Ten independent accumulator chains: enough to cover the FMA latency on every CPU here.
#define FMA_LOOP(NAME, TARGET, VEC, SET1, FMADD)                                              \
    __attribute__((target(TARGET))) static float NAME(long n) {                              \
        VEC a[10], x = SET1(0.999999f), y = SET1(1e-7f);                                     \
        for (int i = 0; i < 10; i++) a[i] = SET1((float)i);                                  \
        for (long i = 0; i < n; i++) {                                                       \
            _Pragma("GCC unroll 10") for (int j = 0; j < 10; j++) a[j] = FMADD(a[j], x, y);  \
        }                                                                                    \
        float s = 0;                                                                         \
        for (int i = 0; i < 10; i++) s += a[i][0];                                           \
        return s;                                                                            \
    }

FMA_LOOP(loop_avx2, "avx2,fma", __m256, _mm256_set1_ps, _mm256_fmadd_ps)
FMA_LOOP(loop_avx512, "avx512f", __m512, _mm512_set1_ps, _mm512_fmadd_ps)

static int wide;
static void *worker(void *out) {
    *(float *)out = wide ? loop_avx512(ITERATIONS / 2) : loop_avx2(ITERATIONS);
    return NULL;
}

int main(void) {
    __builtin_cpu_init();
    wide = __builtin_cpu_supports("avx512f");
    const int lanes = wide ? 16 : 8;
    const long iterations = wide ? ITERATIONS / 2 : ITERATIONS;
    int threads = (int)sysconf(_SC_NPROCESSORS_ONLN);
    if (threads > 64) threads = 64;
    pthread_t ids[64]; float sinks[64];
    const double start = now();
    for (int t = 0; t < threads; t++) pthread_create(&ids[t], NULL, worker, &sinks[t]);
    for (int t = 0; t < threads; t++) pthread_join(ids[t], NULL);
    const double seconds = now() - start;
    const double flops = 2.0 * lanes * 10 * (double)iterations * threads;
    float sink = 0; for (int t = 0; t < threads; t++) sink += sinks[t];
    printf("{\"gflops\": %.1f, \"vector\": \"%s\", \"threads\": %d, \"sink\": %g}\n", flops / seconds / 1e9, wide ? "avx512" : "avx2", threads, sink);
    return 0;
}
