import CoreMetrics
import Prometheus

/// The server's metrics, recorded through swift-metrics into a Prometheus registry of their own (not
/// the process-global `MetricsSystem`, so several servers can run in one test process).
///
/// Labels carry only route templates (`/v2/models/{model}/infer`), status codes and names of served
/// models; a model name that is not served is recorded as `unknown`, so no request text reaches a
/// label (trust matrix D4).
public final class ServerMetrics: Sendable {
    let registry = PrometheusCollectorRegistry()
    private let factory: PrometheusMetricsFactory
    private let counters = Locked<[String: CoreMetrics.Counter]>([:])
    private let timers = Locked<[String: CoreMetrics.Timer]>([:])
    private let recorders = Locked<[String: CoreMetrics.Recorder]>([:])
    private let modelsLoaded: CoreMetrics.Gauge
    private let residentMemory: CoreMetrics.Gauge
    private let inFlight: CoreMetrics.Gauge
    private let queued: CoreMetrics.Gauge

    public init() {
        var factory = PrometheusMetricsFactory(registry: registry)
        let fine: [Duration] = [
            .microseconds(500), .milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10),
            .milliseconds(25), .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500),
            .seconds(1), .milliseconds(2500), .seconds(5), .seconds(10), .seconds(30),
        ]
        factory.defaultDurationHistogramBuckets = fine
        factory.valueHistogramBuckets = ["bagui_batch_size": [1, 2, 4, 8, 16, 32, 64, 128, 256]]
        self.factory = factory
        modelsLoaded = CoreMetrics.Gauge(label: "bagui_models_loaded", factory: factory)
        residentMemory = CoreMetrics.Gauge(label: "process_resident_memory_bytes", factory: factory)
        inFlight = CoreMetrics.Gauge(label: "bagui_requests_in_flight", factory: factory)
        queued = CoreMetrics.Gauge(label: "bagui_requests_queued", factory: factory)
    }

    // MARK: - Recording

    /// One finished HTTP request.
    func request(route: String, model: String, status: Int, duration: Duration) {
        counter("bagui_requests_total", ["route": route, "model": model, "status": String(status)]).increment()
        timer("bagui_request_duration_seconds", ["route": route, "model": model]).recordNanoseconds(duration.nanoseconds)
    }

    /// Time an inference request waited (admission, batching, worker queue) and computed.
    func inference(model: String, queue: Duration, compute: Duration) {
        timer("bagui_queue_duration_seconds", ["model": model]).recordNanoseconds(queue.nanoseconds)
        timer("bagui_compute_duration_seconds", ["model": model]).recordNanoseconds(compute.nanoseconds)
    }

    /// One forward pass of a batch of `inputs` inputs merged from `requests` requests.
    func batch(model: String, inputs: Int, requests: Int) {
        recorder("bagui_batch_size", ["model": model]).record(inputs)
        recorder("bagui_batch_requests", ["model": model]).record(requests)
    }

    /// An inference request refused or abandoned: `reason` is `queue_full` or `deadline`.
    func rejected(model: String, reason: String) {
        counter("bagui_rejected_requests_total", ["model": model, "reason": reason]).increment()
    }

    // MARK: - Exposition

    /// The Prometheus text exposition, with the gauges read now.
    func exposition(modelsLoaded loaded: Int, load: (inFlight: Int, queued: Int)) -> [UInt8] {
        modelsLoaded.record(loaded)
        if let bytes = ProcessMemory.residentBytes() { residentMemory.record(bytes) }
        inFlight.record(load.inFlight)
        queued.record(load.queued)
        var buffer: [UInt8] = []
        registry.emit(into: &buffer)
        return buffer
    }

    // MARK: - Handles, one per label set

    private func key(_ name: String, _ labels: KeyValuePairs<String, String>) -> (String, [(String, String)]) {
        let pairs = labels.map { ($0.key, $0.value) }
        return (name + pairs.map { "|\($0.0)=\($0.1)" }.joined(), pairs)
    }

    private func counter(_ name: String, _ labels: KeyValuePairs<String, String>) -> CoreMetrics.Counter {
        let (key, pairs) = key(name, labels)
        return counters.withLock { cache in
            if let existing = cache[key] { return existing }
            let made = CoreMetrics.Counter(label: name, dimensions: pairs, factory: factory)
            cache[key] = made
            return made
        }
    }

    private func timer(_ name: String, _ labels: KeyValuePairs<String, String>) -> CoreMetrics.Timer {
        let (key, pairs) = key(name, labels)
        return timers.withLock { cache in
            if let existing = cache[key] { return existing }
            let made = CoreMetrics.Timer(label: name, dimensions: pairs, factory: factory)
            cache[key] = made
            return made
        }
    }

    private func recorder(_ name: String, _ labels: KeyValuePairs<String, String>) -> CoreMetrics.Recorder {
        let (key, pairs) = key(name, labels)
        return recorders.withLock { cache in
            if let existing = cache[key] { return existing }
            let made = CoreMetrics.Recorder(label: name, dimensions: pairs, aggregate: true, factory: factory)
            cache[key] = made
            return made
        }
    }
}

extension Duration {
    /// The duration in whole nanoseconds, saturating.
    var nanoseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds.multipliedReportingOverflow(by: 1_000_000_000).overflow
            ? Int64.max : seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }
}
