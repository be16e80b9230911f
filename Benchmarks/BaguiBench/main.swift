// BaguiBench: the Swift side of the side-by-side benchmark (Benchmarks/README.md).
//
//   BaguiBench latency    --model DIR --text T --runs N [--warmup W]
//   BaguiBench throughput --model DIR --corpus FILE [--limit K] --batch-size 32 --runs N
//   BaguiBench gemm       --m M --n N --k K --runs N [--layout nt|nn|weight]
//                         (nt: OpenBLAS, c = a·bᵀ, b [n, k]; nn: OpenBLAS, b [k, n]; weight: b [n, k] as a
//                          GemmWeight, as every Linear multiplies: Bagui's packed kernel up to 48 rows)
//   BaguiBench embed      --model DIR --texts-json FILE      (parity check against the ST reference)
//   BaguiBench route      --models DIR --requests FILE.jsonl --runs N   (industry model routing overhead)
//
// Each prints one JSON line on stdout. Timing: ContinuousClock around the library call only;
// medians over runs. Threads: the library's default (BLAS.shared.info.threads), reported in every line.
import Bagui
import Foundation

// MARK: - Arguments

enum BenchError: Error, CustomStringConvertible {
    case usage(String)
    case input(String)

    var description: String {
        switch self {
        case .usage(let message): "usage: \(message)\n" + usageText
        case .input(let message): message
        }
    }
}

let usageText = """
    BaguiBench latency    --model DIR --text T --runs N [--warmup W]
    BaguiBench throughput --model DIR --corpus FILE [--limit K] --batch-size 32 --runs N
    BaguiBench gemm       --m M --n N --k K --runs N [--layout nt|nn|weight]
    BaguiBench embed      --model DIR --texts-json FILE
    BaguiBench route      --models DIR --requests FILE.jsonl --runs N
    """

/// `subcommand --key value ...`, nothing else.
struct Arguments {
    let command: String
    private var values: [String: String] = [:]

    init(_ argv: [String]) throws {
        guard let first = argv.first else { throw BenchError.usage("missing subcommand") }
        command = first
        var i = 1
        while i < argv.count {
            let key = argv[i]
            guard key.hasPrefix("--"), i + 1 < argv.count else { throw BenchError.usage("bad argument \(key)") }
            values[String(key.dropFirst(2))] = argv[i + 1]
            i += 2
        }
    }

    func optional(_ key: String) -> String? { values[key] }

    func string(_ key: String) throws -> String {
        guard let v = values[key] else { throw BenchError.usage("--\(key) is required for \(command)") }
        return v
    }

    func int(_ key: String, default fallback: Int? = nil) throws -> Int {
        guard let text = values[key] else {
            if let fallback { return fallback }
            throw BenchError.usage("--\(key) is required for \(command)")
        }
        guard let v = Int(text), v >= 0 else { throw BenchError.usage("--\(key) must be a non-negative integer") }
        return v
    }
}

// MARK: - Timing and output

func seconds(_ d: Duration) -> Double {
    Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
}

func timed(_ body: () throws -> Void) rethrows -> Double {
    let clock = ContinuousClock()
    let start = clock.now
    try body()
    return seconds(clock.now - start)
}

func quantile(_ xs: [Double], _ q: Double) -> Double {
    let s = xs.sorted()
    return s[min(s.count - 1, Int(q * Double(s.count)))]
}

func median(_ xs: [Double]) -> Double {
    let s = xs.sorted()
    return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
}

enum Field {
    case int(Int)
    case double(Double)
    case string(String)

    var json: String {
        switch self {
        case .int(let v): String(v)
        case .double(let v): v.isFinite ? String(v) : "null"
        case .string(let v):
            "\"" + v.unicodeScalars.map { c -> String in
                switch c {
                case "\"": "\\\""
                case "\\": "\\\\"
                case _ where c.value < 0x20: String(format: "\\u%04x", c.value)
                default: String(c)
                }
            }.joined() + "\""
        }
    }
}

/// One JSON object on one line, keys in the given order.
func emit(_ fields: [(String, Field)]) {
    print("{" + fields.map { "\(Field.string($0.0).json): \($0.1.json)" }.joined(separator: ", ") + "}")
}

func blasFields() -> [(String, Field)] {
    let info = BLAS.shared.info
    return [("blas_kernel", .string(info.kernel)), ("threads", .int(info.threads))]
}

/// Keeps the optimiser from discarding results and catches empty output.
func checksum(_ vectors: [[Float]]) throws -> Double {
    guard let first = vectors.first, first.count == 384 else {
        throw BenchError.input("expected 384-dimensional embeddings, got \(vectors.first?.count ?? 0)")
    }
    return vectors.reduce(0) { $0 + Double($1[0]) }
}

// MARK: - Subcommands

func latency(_ args: Arguments) throws {
    let embedder = try SentenceEmbedder(directory: URL(fileURLWithPath: try args.string("model")))
    let text = try args.string("text")
    let runs = try args.int("runs"), warmup = try args.int("warmup", default: 20)
    guard runs > 0 else { throw BenchError.usage("--runs must be positive") }
    var sink = 0.0
    for _ in 0..<warmup { sink += try checksum(try embedder.embed([text], batchSize: 1)) }
    var ms: [Double] = []
    ms.reserveCapacity(runs)
    for _ in 0..<runs {
        var v: [[Float]] = []
        ms.append(1e3 * (try timed { v = try embedder.embed([text], batchSize: 1) }))
        sink += try checksum(v)
    }
    emit([("bench", .string("latency")), ("system", .string("bagui")), ("median_ms", .double(median(ms))),
          ("p10_ms", .double(quantile(ms, 0.1))), ("p90_ms", .double(quantile(ms, 0.9))),
          ("min_ms", .double(ms.min()!)), ("runs", .int(runs))] + blasFields() + [("checksum", .double(sink))])
}

/// Reads `{"text": ...}` lines.
func readCorpus(_ path: String, limit: Int) throws -> [String] {
    let data = try String(contentsOfFile: path, encoding: .utf8)
    var texts: [String] = []
    for line in data.split(separator: "\n") where !line.allSatisfy(\.isWhitespace) {
        guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
              let text = object["text"] as? String
        else { throw BenchError.input("\(path): a line without a \"text\" string") }
        texts.append(text)
        if limit > 0, texts.count == limit { break }
    }
    guard !texts.isEmpty else { throw BenchError.input("\(path): no texts") }
    return texts
}

func throughput(_ args: Arguments) throws {
    let embedder = try SentenceEmbedder(directory: URL(fileURLWithPath: try args.string("model")))
    let texts = try readCorpus(try args.string("corpus"), limit: try args.int("limit", default: 0))
    let batchSize = try args.int("batch-size", default: 32), runs = try args.int("runs")
    guard runs > 0, batchSize > 0 else { throw BenchError.usage("--runs and --batch-size must be positive") }
    var sink = try checksum(try embedder.embed(Array(texts.prefix(batchSize)), batchSize: batchSize))  // warm-up
    var secs: [Double] = []
    for _ in 0..<runs {
        var v: [[Float]] = []
        secs.append(try timed { v = try embedder.embed(texts, batchSize: batchSize) })
        guard v.count == texts.count else { throw BenchError.input("\(v.count) embeddings for \(texts.count) texts") }
        sink += try checksum(v)
    }
    let s = median(secs)
    emit([("bench", .string("throughput")), ("system", .string("bagui")), ("texts", .int(texts.count)),
          ("batch_size", .int(batchSize)), ("median_s", .double(s)), ("texts_per_s", .double(Double(texts.count) / s)),
          ("runs", .int(runs))] + blasFields() + [("checksum", .double(sink))])
}

func gemm(_ args: Arguments) throws {
    let m = try args.int("m"), n = try args.int("n"), k = try args.int("k"), runs = try args.int("runs")
    guard m > 0, n > 0, k > 0, runs > 0 else { throw BenchError.usage("--m --n --k --runs must be positive") }
    // Deterministic values in [-1, 1) from a 64-bit LCG.
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next() -> Float {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Float(Int64(bitPattern: state >> 11) % 2_000_000) / 1_000_000 - 1
    }
    let a = (0..<(m * k)).map { _ in next() }  // (m, k) row-major
    let layout = args.optional("layout") ?? "nt"
    guard ["nt", "nn", "weight"].contains(layout) else { throw BenchError.usage("--layout is nt, nn or weight") }
    let transposed = layout != "nn"
    let b = (0..<(n * k)).map { _ in next() }  // nt: (n, k) row-major, c = a · bᵀ; nn: (k, n), c = a · b
    var c = [Float](repeating: 0, count: m * n)  // (m, n)
    let weight = layout == "weight" ? GemmWeight(stacking: [Tensor(shape: [n, k], values: b)]) : nil
    func multiply() {
        if let weight {
            a.withUnsafeBufferPointer { pa in
                c.withUnsafeMutableBufferPointer { pc in Gemm.multiply(pa.baseAddress!, rows: m, by: weight, into: pc.baseAddress!, accumulate: false) }
            }
            return
        }
        a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                c.withUnsafeMutableBufferPointer { pc in
                    Gemm.multiply(
                        m: m, n: n, k: k, a: pa.baseAddress!, lda: k, b: pb.baseAddress!, ldb: transposed ? k : n,
                        transposeB: transposed, c: pc.baseAddress!, ldc: n)
                }
            }
        }
    }
    multiply()  // warm-up: thread pool start, page faults
    multiply()
    var secs: [Double] = []
    for _ in 0..<runs { secs.append(timed(multiply)) }
    // Spot-check 64 entries against a float64 dot product.
    var maxRel = 0.0
    for s in 0..<64 {
        let i = (s * 7919) % m, j = (s * 104_729) % n
        var ref = 0.0, scale = 0.0
        for p in 0..<k {
            let product = Double(a[i * k + p]) * Double(transposed ? b[j * k + p] : b[p * n + j])
            ref += product
            scale += abs(product)
        }
        maxRel = max(maxRel, abs(Double(c[i * n + j]) - ref) / max(scale, 1e-30))
    }
    let t = median(secs)
    emit([("bench", .string("gemm")), ("system", .string("bagui")), ("m", .int(m)), ("n", .int(n)), ("k", .int(k)),
          ("layout", .string(layout)), ("median_ms", .double(1e3 * t)), ("gflops", .double(2 * Double(m) * Double(n) * Double(k) / t / 1e9)),
          ("runs", .int(runs)), ("max_rel_error", .double(maxRel))] + blasFields())
}

func embed(_ args: Arguments) throws {
    let embedder = try SentenceEmbedder(directory: URL(fileURLWithPath: try args.string("model")))
    let path = try args.string("texts-json")
    guard let texts = try JSONSerialization.jsonObject(with: try Data(contentsOf: URL(fileURLWithPath: path)))
            as? [String]
    else { throw BenchError.input("\(path): expected a JSON array of strings") }
    let vectors = try embedder.embed(texts, batchSize: 16)
    let rows = vectors.map { "[" + $0.map { String($0) }.joined(separator: ", ") + "]" }
    print("{\"texts\": \(texts.count), \"embeddings\": [" + rows.joined(separator: ", ") + "]}")
}

/// Routing overhead of the industry model, warm: per free-text request, the median over runs of the
/// whole `ask` and of the answering expert's own `predict` on the same text; overhead = ask − expert.
/// Requests without an expert (out of scope) count the router alone. Experts load before timing.
func route(_ args: Arguments) async throws {
    let industry = try IndustryModel.open(directories: [URL(fileURLWithPath: try args.string("models"))])
    let path = try args.string("requests"), runs = try args.int("runs", default: 20)
    let texts = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").compactMap { line -> String? in
        (try? StrictJSONParser.parse(Data(line.utf8)))?["text"]?.string
    }
    guard !texts.isEmpty else { throw BenchError.input("\(path): no request has a text") }
    var overheads: [Double] = [], asks: [Double] = [], alone: [Double] = [], reported: [Double] = [], screens: [Double] = []
    var routerAlone: [Double] = []
    let router = try await industry.registry.model(industry.plan.router)
    for text in texts {
        let first = try await industry.ask(text)
        var expert: (any BundleModel)?
        if let id = first.expert { expert = try await industry.registry.model(id) }
        var request = JSONObject()
        request.insert("text", .string(text))
        var askTimes: [Double] = [], expertTimes: [Double] = [], routerTimes: [Double] = []
        for _ in 0..<runs {
            let clock = ContinuousClock(), start = clock.now
            let answer = try await industry.ask(text)
            askTimes.append(seconds(clock.now - start) * 1000)
            reported.append(answer.timings.routingMs)
            screens.append(timed { _ = industry.safety.screen(text) } * 1000)
            if let expert { expertTimes.append(try timed { _ = try expert.predict(JSONValue.object(request)) } * 1000) } else { expertTimes.append(0) }
            routerTimes.append(try timed { _ = try router.predict(JSONValue.object(request)) } * 1000)
        }
        asks.append(median(askTimes))
        alone.append(median(expertTimes))
        routerAlone.append(median(routerTimes))
        overheads.append(median(askTimes) - median(expertTimes))
    }
    emit([("requests", .int(texts.count)), ("runs", .int(runs)),
          ("ask_p50_ms", .double(median(asks))), ("expert_p50_ms", .double(median(alone))),
          ("overhead_p50_ms", .double(median(overheads))), ("overhead_p90_ms", .double(quantile(overheads, 0.9))),
          ("reported_routing_p50_ms", .double(median(reported))), ("safety_screen_p50_ms", .double(median(screens))),
          ("router_alone_p50_ms", .double(median(routerAlone)))] + blasFields())
}

/// Runs async library calls from this synchronous top-level code (an async top-level `main.swift`
/// crashed here in swift_job_run with Swift 6.3.1): the main thread waits, the tasks run on the pool.
func blocking(_ body: @escaping @Sendable () async throws -> Void) throws {
    final class Outcome: @unchecked Sendable {
        let done = DispatchSemaphore(value: 0)
        var error: (any Error)?
    }
    let outcome = Outcome()
    Task.detached {
        do { try await body() } catch { outcome.error = error }
        outcome.done.signal()
    }
    outcome.done.wait()
    if let error = outcome.error { throw error }
}

// MARK: - Main

do {
    let args = try Arguments(Array(CommandLine.arguments.dropFirst()))
    switch args.command {
    case "latency": try latency(args)
    case "throughput": try throughput(args)
    case "gemm": try gemm(args)
    case "embed": try embed(args)
    case "route": try blocking { try await route(args) }
    default: throw BenchError.usage("unknown subcommand \(args.command)")
    }
} catch {
    FileHandle.standardError.write(Data("BaguiBench: \(error)\n".utf8))
    exit(1)
}
