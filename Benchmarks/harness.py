#!/usr/bin/env python3
"""Runs the side-by-side benchmark (sentence-transformers, ONNX Runtime, bagui) and writes RESULTS.md.

Called by Benchmarks/run.sh, which builds bagui, fetches the model and exports the ONNX graph first.
Every measurement is a separate process per system, and the systems take turns within each
repetition (ST, ORT, bagui, ST, ORT, bagui, ...), so slow drifts in machine load hit all of them
alike. Reported figures are medians over repetitions; the spread (min–max of the per-repetition
figures) is shown next to them. See Benchmarks/README.md for what is measured and why it is fair.
"""
import argparse
import datetime
import json
import os
import pathlib
import platform
import statistics
import subprocess
import sys
import time

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
PEERS = HERE / "peers"
LATENCY_TEXT = "I waited four hours at the clinic and nobody told me why."  # 15 tokens with [CLS]/[SEP]
COLD_TEXT = "Sugarcane yields fell after the late monsoon."
SYSTEMS = ["st", "ort", "ort-fused", "bagui"]
NAMES = {"st": "sentence-transformers", "ort": "ONNX Runtime (export, ORT_ENABLE_ALL)",
         "ort-fused": "ONNX Runtime (+ BERT fusions)", "bagui": "bagui"}
ORTS = ["ort", "ort-fused"]


class Plan:
    def __init__(self, quick: bool):
        self.quick = quick
        self.corpus_limit = 64 if quick else 0          # 0 = the whole corpus (1,024 texts)
        self.latency_reps, self.latency_runs, self.latency_warmup = (2, 30, 5) if quick else (5, 200, 20)
        self.throughput_reps = 2 if quick else 5        # one timed pass per process, after a warm-up batch
        self.cold_reps = 2 if quick else 7
        # (m, n, k, runs, layout): large products, then one sentence (15 rows) through MiniLM's four
        # weight shapes, OpenBLAS on the [k, n] layout against the GemmWeight path every Linear takes.
        few = 30 if quick else 300
        self.gemm = [(512, 1536, 384, 5 if quick else 50, "nt"), (2048, 2048, 2048, 2 if quick else 10, "nt")] + [
            (15, n, k, few, layout) for n, k in ((1152, 384), (384, 384), (1536, 384), (384, 1536)) for layout in ("nn", "weight")]


def child_env() -> dict:
    env = dict(os.environ)
    env["HF_HUB_OFFLINE"] = "1"
    env["TRANSFORMERS_OFFLINE"] = "1"
    return env


def run_json(cmd: list[str], timeout: float = 1800) -> dict:
    """Runs a benchmark process and returns the JSON object on the last line of its stdout."""
    p = subprocess.run(cmd, capture_output=True, text=True, env=child_env(), timeout=timeout)
    if p.returncode != 0:
        tail = (p.stderr or p.stdout).strip().splitlines()[-3:]
        raise RuntimeError(f"exit {p.returncode}: {' | '.join(tail)}")
    try:
        return json.loads(p.stdout)  # the whole output (bagui doctor --json pretty-prints)
    except json.JSONDecodeError:
        pass
    lines = [line for line in p.stdout.splitlines() if line.strip().startswith("{")]
    if not lines:
        raise RuntimeError(f"no JSON line in output: {p.stdout[-200:]!r}")
    return json.loads(lines[-1])


def cold_run(cmd: list[str]) -> dict:
    """Times one whole process and reads its own rusage (os.wait4: this child only, not a delta)."""
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=child_env())
    first = p.stdout.readline()
    t_first = time.perf_counter() - t0
    rest = p.stdout.read()
    _, status, usage = os.wait4(p.pid, 0)
    t_exit = time.perf_counter() - t0
    p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode != 0 or not first.strip():
        raise RuntimeError(f"exit {p.returncode}, output {(first + rest)[:200]!r}")
    return {"first_output_s": t_first, "exit_s": t_exit, "max_rss_kib": usage.ru_maxrss}


class Harness:
    def __init__(self, a):
        self.a = a
        self.plan = Plan(a.quick)
        self.py = sys.executable
        self.bench = pathlib.Path(a.bin) / "BaguiBench" if a.bin else None
        self.bagui = pathlib.Path(a.bin) / "bagui" if a.bin else None
        self.has_bagui = bool(self.bench and self.bench.exists() and self.bagui.exists())
        self.errors: list[str] = []
        self.results: dict = {}

    def log(self, msg: str) -> None:
        print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)

    def attempt(self, label: str, fn):
        try:
            return fn()
        except Exception as e:  # a failed system is reported, not fatal for the others
            self.errors.append(f"{label}: {e}")
            self.log(f"FAILED {label}: {e}")
            return None

    def systems(self) -> list[str]:
        return SYSTEMS if self.has_bagui else SYSTEMS[:-1]

    def onnx(self, s: str) -> str:
        return self.a.onnx_fused if s == "ort-fused" else self.a.onnx

    # --- commands per system ------------------------------------------------------------
    def latency_cmd(self, s: str) -> list[str]:
        p = self.plan
        common = ["--model", self.a.model, "--text", LATENCY_TEXT, "--runs", str(p.latency_runs),
                  "--warmup", str(p.latency_warmup)]
        if s == "bagui":
            return [str(self.bench), "latency", *common]
        return [self.py, str(PEERS / "steady.py"), "latency", "--system", s[:3], "--onnx", self.onnx(s), *common]

    def throughput_cmd(self, s: str) -> list[str]:
        common = ["--model", self.a.model, "--corpus", str(HERE / "corpus.jsonl"), "--batch-size", "32",
                  "--runs", "1", "--limit", str(self.plan.corpus_limit)]
        if s == "bagui":
            return [str(self.bench), "throughput", *common]
        return [self.py, str(PEERS / "steady.py"), "throughput", "--system", s[:3], "--onnx", self.onnx(s),
                *common]

    def cold_cmd(self, s: str) -> list[str]:
        if s == "st":
            return [self.py, str(PEERS / "cold_st.py"), self.a.model, COLD_TEXT]
        if s in ORTS:
            return [self.py, str(PEERS / "cold_ort.py"), self.a.model, self.onnx(s), COLD_TEXT]
        return [str(self.bagui), "embed", "--model", self.a.model, COLD_TEXT]

    # --- phases -------------------------------------------------------------------------
    def environment(self) -> None:
        r = self.results
        r["date"] = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
        git = lambda *args: subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True,
                                           text=True).stdout.strip()
        r["commit"] = git("rev-parse", "--short=12", "HEAD")
        r["dirty"] = bool(git("status", "--porcelain", "--untracked-files=no"))
        cpu = "unknown"
        for line in pathlib.Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        r["cpu"] = f"{cpu} ({os.cpu_count()} logical CPUs)"
        r["kernel"] = platform.release()
        r["load_start"] = os.getloadavg()
        r["versions"] = json.loads(subprocess.run(
            [self.py, "-c", "import json, torch, sentence_transformers as s, onnxruntime as o, tokenizers as t, "
             "numpy as n; print(json.dumps({'torch': torch.__version__, 'sentence_transformers': s.__version__, "
             "'onnxruntime': o.__version__, 'tokenizers': t.__version__, 'numpy': n.__version__}))"],
            capture_output=True, text=True, check=True).stdout)
        r["openblas_coretype_env"] = os.environ.get("OPENBLAS_CORETYPE")
        r["onnx_check"] = json.loads(self.a.onnx_check) if self.a.onnx_check else None
        # The float32 FMA peak of this machine (peers/fma_peak.c, every core, widest vectors): the best
        # of three runs, since a peak is a maximum; None when the program was not built.
        r["peak"] = None
        if self.a.fma_peak:
            runs = [self.attempt("fma peak", lambda: run_json([self.a.fma_peak])) for _ in range(3)]
            runs = [x for x in runs if x]
            r["peak"] = max(runs, key=lambda x: x["gflops"]) if runs else None
        r["blas"] = None
        if self.has_bagui:
            r["blas"] = self.attempt("bagui doctor --json",
                                     lambda: run_json([str(self.bagui), "doctor", "--json"]).get("blas"))

    def parity(self) -> None:
        """bagui against the committed sentence-transformers reference (99 texts, 7 truncated)."""
        fixtures = ROOT / "Tests" / "BaguiModelsTests" / "Fixtures" / "minilm"

        def check():
            ref = json.loads((fixtures / "reference.json").read_text(encoding="utf-8"))["embeddings"]
            out = run_json([str(self.bench), "embed", "--model", self.a.model,
                            "--texts-json", str(fixtures / "texts.json")])["embeddings"]
            if len(out) != len(ref):
                raise RuntimeError(f"{len(out)} embeddings for {len(ref)} texts")
            cos = [sum(x * y for x, y in zip(u, v)) for u, v in zip(out, ref)]
            return {"texts": len(cos), "min_cosine": min(cos), "mean_cosine": statistics.mean(cos)}

        if self.has_bagui:
            self.results["parity"] = self.attempt("bagui parity", check)

    def interleaved(self, key: str, reps: int, make_cmd, run) -> None:
        per = {s: [] for s in self.systems()}
        for rep in range(reps):
            for s in self.systems():
                self.log(f"{key} rep {rep + 1}/{reps}: {NAMES[s]}")
                got = self.attempt(f"{key} {s} rep {rep + 1}", lambda: run(make_cmd(s)))
                if got is not None:
                    per[s].append(got)
        self.results[key] = per

    def cold_start(self) -> None:
        for s in self.systems():  # one untimed run each, so every system starts from a warm page cache
            self.log(f"cold start priming: {NAMES[s]}")
            self.attempt(f"cold start priming {s}", lambda: cold_run(self.cold_cmd(s)))
        self.interleaved("cold", self.plan.cold_reps, self.cold_cmd, cold_run)

    def gemm(self) -> None:
        if not self.has_bagui:
            return
        out = []
        for m, n, k, runs, layout in self.plan.gemm:
            self.log(f"gemm {m}x{n}x{k} {layout}")
            got = self.attempt(f"gemm {m}x{n}x{k} {layout}", lambda: run_json(
                [str(self.bench), "gemm", "--m", str(m), "--n", str(n), "--k", str(k), "--runs", str(runs), "--layout", layout]))
            if got:
                out.append(got)
        self.results["gemm"] = out

    def run(self) -> None:
        self.log(f"{'QUICK run' if self.a.quick else 'full run'}; bagui {'found' if self.has_bagui else 'NOT built'}")
        self.environment()
        self.parity()
        p = self.plan
        self.interleaved("latency", p.latency_reps, self.latency_cmd, run_json)
        self.interleaved("throughput", p.throughput_reps, self.throughput_cmd, run_json)
        self.cold_start()
        self.gemm()
        self.results["load_end"] = os.getloadavg()
        out = pathlib.Path(self.a.out)
        # Benchmarks/industry.py owns the section between its markers: a rewrite keeps it
        kept = ""
        if out.exists():
            old = out.read_text(encoding="utf-8")
            begin, end = old.find("<!-- industry:begin -->"), old.find("<!-- industry:end -->")
            if 0 <= begin < end:
                kept = "\n" + old[begin:end + len("<!-- industry:end -->")] + "\n"
        out.write_text(self.markdown() + kept, encoding="utf-8")
        raw = pathlib.Path(self.a.out).with_suffix(".json")
        raw.write_text(json.dumps(self.results, indent=1) + "\n", encoding="utf-8")
        self.log(f"wrote {self.a.out} and {raw}")

    # --- report -------------------------------------------------------------------------
    def summary(self, key: str, field: str, scale: float = 1.0):
        """median and (min, max) over repetitions of one field, per system."""
        out = {}
        for s, reps in self.results.get(key, {}).items():
            xs = [r[field] * scale for r in reps]
            if xs:
                out[s] = (statistics.median(xs), min(xs), max(xs), len(xs))
        return out

    def markdown(self) -> str:
        r, p = self.results, self.plan
        lat = self.summary("latency", "median_ms")
        thr = self.summary("throughput", "texts_per_s")
        cold = self.summary("cold", "exit_s")
        first = self.summary("cold", "first_output_s")
        rss = self.summary("cold", "max_rss_kib", 1 / 1024)
        n_texts = (r.get("throughput", {}).get("ort") or r.get("throughput", {}).get("st") or [{}])[0].get("texts", "?")
        blas = r.get("blas") or {}

        def cell(d, s, fmt):
            if s not in d:
                return "not measured"
            med, lo, hi, n = d[s]
            return f"{fmt.format(med)} ({fmt.format(lo)}–{fmt.format(hi)}, n={n})"

        def best_ort(d, higher_better):
            """The better ORT variant for this measurement (the one bagui is compared with)."""
            have = [s for s in ORTS if s in d]
            if not have:
                return None
            return (max if higher_better else min)(have, key=lambda s: d[s][0])

        def ratio(d, higher_better):
            o = best_ort(d, higher_better)
            if "bagui" in d and o and d[o][0]:
                return d["bagui"][0] / d[o][0]
            return None

        rows = [
            ("batch-1 latency, 15-token sentence, ms", lat, "{:.2f}", False, "≤ 2×", lambda x: x <= 2.0),
            (f"batch-32 throughput, {n_texts} texts, texts/s (higher is better)", thr, "{:.1f}", True, "≥ 0.8×",
             lambda x: x >= 0.8),
            ("cold start, process wall time to exit, s", cold, "{:.3f}", False, "≤ 0.25×", lambda x: x <= 0.25),
            ("cold start, wall time to first embedding printed, s", first, "{:.3f}", False, "", None),
            ("cold start peak RSS, MiB", rss, "{:.0f}", False, "≤ 1×", lambda x: x <= 1.0),
        ]
        title = "Benchmark results" + (" — QUICK RUN (64 texts, few repetitions; not for comparison)" if p.quick else "")
        L = [f"# {title}", ""]
        L.append(f"- Date: {r['date']}")
        L.append(f"- Commit: `{r['commit']}`{' (working tree had uncommitted changes)' if r['dirty'] else ''}")
        L.append(f"- CPU: {r['cpu']}; Linux {r['kernel']}")
        L.append(f"- Load average (1, 5, 15 min) at start {tuple(round(x, 2) for x in r['load_start'])}, "
                 f"at end {tuple(round(x, 2) for x in r['load_end'])}")
        L.append(f"- OpenBLAS kernel (`bagui doctor --json`, `blas.kernel`): "
                 f"**{blas.get('kernel', 'not available')}** (requested: {blas.get('requestedKernel')}, "
                 f"source: {blas.get('kernelSource', '?')}, self-check: {blas.get('selfCheck', '?')}); "
                 f"bagui BLAS threads: {blas.get('threads', '?')}; library: {blas.get('library', '?')} "
                 f"({blas.get('version', '?')})")
        busy = max(r["load_start"][0], r["load_end"][0])
        if busy > 1.0:
            L.append(f"- **Warning: the machine was not quiet** (1-minute load average up to {busy:.1f} on "
                     f"{os.cpu_count()} CPUs): other work competed for the cores, so these figures understate "
                     "every system and their ratios are unreliable.")
        if r.get("openblas_coretype_env"):
            L.append(f"- Note: OPENBLAS_CORETYPE={r['openblas_coretype_env']} was set in the caller's environment.")
        v = r["versions"]
        L.append(f"- Peers: sentence-transformers {v['sentence_transformers']} on torch {v['torch']} "
                 f"(torch.set_num_threads(2)); onnxruntime {v['onnxruntime']} (CPU provider, ORT_ENABLE_ALL, "
                 f"intra_op_num_threads=2, inter_op_num_threads=1) with tokenizers {v['tokenizers']}, numpy {v['numpy']}")
        L.append(f"- Command: `{self.a.command}`")
        L.append("")
        if r.get("onnx_check"):
            L.append("ONNX Runtime vs sentence-transformers before timing (9 texts, batch sizes 1, 4, 9): min cosine "
                     + ", ".join(f"{k} {v:.7f}" for k, v in r["onnx_check"].items()) + ".")
            L.append("")
        if "parity" in r and r["parity"]:
            pr = r["parity"]
            L.append(f"bagui vs the sentence-transformers reference ({pr['texts']} texts of "
                     f"`Tests/BaguiModelsTests/Fixtures/minilm`): min cosine {pr['min_cosine']:.7f}, "
                     f"mean {pr['mean_cosine']:.7f}.")
            L.append("")
        L.append("Medians over repetitions, with (min–max of the per-repetition figures, number of repetitions). "
                 f"Latency: {p.latency_runs} calls per repetition after {p.latency_warmup} warm-up calls, "
                 "the repetition's figure is its median call. Throughput: one timed pass over the corpus per "
                 "repetition, after a warm-up batch. Cold start: one whole process per repetition, after one "
                 "untimed priming run per system (warm page cache); peak RSS is `ru_maxrss` of that process "
                 "from `os.wait4`.")
        L.append("")
        L.append("| measurement | sentence-transformers | ORT, plain export | ORT, BERT-fused | bagui "
                 "| bagui / best ORT | target | status |")
        L.append("|---|---|---|---|---|---|---|---|")
        for name, d, fmt, higher_better, target, ok in rows:
            x = ratio(d, higher_better)
            o = best_ort(d, higher_better)
            if ok is None:
                status = ""
            elif x is None:
                status = "not measured"
            elif p.quick:
                status = "(quick run: not judged)"
            else:
                status = "**met**" if ok(x) else "**not met**"
            shown = "—" if x is None else f"{x:.2f}× (vs {'fused' if o == 'ort-fused' else 'plain'})"
            L.append(f"| {name} | {cell(d, 'st', fmt)} | {cell(d, 'ort', fmt)} | {cell(d, 'ort-fused', fmt)} | "
                     f"{cell(d, 'bagui', fmt)} | {shown} | {target} | {status} |")
        L.append("")
        if r.get("gemm"):
            peak = r.get("peak")
            against = (f"against this machine's float32 FMA peak of {peak['gflops']:.0f} GFLOPS ({peak['threads']} cores, "
                       f"{peak['vector']}, register-only loop `Benchmarks/peers/fma_peak.c`, best of 3)") if peak else \
                      "(the FMA peak program was not built, so no % of peak)"
            L.append(f"GEMM alone (bagui's `Gemm.multiply`, float32, median of repeated calls) {against}. "
                     "Layout `nt`: OpenBLAS, c = a·bᵀ with b `[n, k]`, as a checkpoint stores a weight; `nn`: OpenBLAS "
                     "with b `[k, n]`; `weight`: the product every `Linear` runs, b prepared as a `GemmWeight` "
                     "(Bagui's packed kernel up to 48 rows, AVX-512F where the CPU has it, else AVX2; OpenBLAS above):")
            L.append("")
            L.append("| m × n × k | layout | GFLOPS | % of peak | runs | max rel. error (sampled) |")
            L.append("|---|---|---|---|---|---|")
            for g in r["gemm"]:
                share = f"{100 * g['gflops'] / peak['gflops']:.0f}%" if peak else "—"
                L.append(f"| {g['m']} × {g['n']} × {g['k']} | {g.get('layout', 'nt')} | {g['gflops']:.1f} | {share} "
                         f"| {g['runs']} | {g.get('max_rel_error', float('nan')):.1e} |")
            L.append("")
        if self.errors:
            L.append("Failures during this run (these cells are missing above):")
            L.append("")
            L += [f"- {e}" for e in self.errors]
            L.append("")
        if not self.has_bagui:
            L.append("bagui was not built (see run.sh's output), so only the peers were measured.")
            L.append("")
        return "\n".join(L)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", required=True)
    ap.add_argument("--onnx", required=True, help="plain export (ORT_ENABLE_ALL at load)")
    ap.add_argument("--onnx-fused", required=True, help="export fused by onnxruntime.transformers.optimizer")
    ap.add_argument("--onnx-check", default="", help="export_onnx.py's JSON line (cosines vs ST)")
    ap.add_argument("--bin", default="", help="swift build's release bin directory; empty if bagui did not build")
    ap.add_argument("--out", required=True)
    ap.add_argument("--command", default="Benchmarks/run.sh")
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--fma-peak", default="", help="the built Benchmarks/peers/fma_peak.c, for the GEMM table's % of peak")
    Harness(ap.parse_args()).run()


if __name__ == "__main__":
    main()
