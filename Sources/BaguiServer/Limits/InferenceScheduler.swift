/// Runs inference under the request limits: a slot from ``AdmissionControl`` (429 when the queue is
/// full), the request deadline (504, late result discarded) and queue/compute timing for metrics.
final class InferenceScheduler: Sendable {
    let admission: AdmissionControl
    let timeout: Duration
    let metrics: ServerMetrics

    init(limits: ServerLimits, metrics: ServerMetrics) {
        admission = AdmissionControl(maxInFlight: limits.maxInFlight, maxQueued: limits.maxQueued)
        timeout = limits.requestTimeout
        self.metrics = metrics
    }

    /// Runs `operation` for `model` (a served model's name, used as a metric label).
    func run<T: Sendable>(model: String, _ operation: @escaping @Sendable () async throws -> T) async throws -> T {
        let timing = RequestTiming()
        let admission = self.admission
        let metrics = self.metrics
        do {
            return try await Deadline.run(until: timing.arrival + timeout) {
                try await admission.acquire()
                let admitted = ContinuousClock.now
                defer {
                    admission.release()
                    let (queue, compute) = timing.split(admittedAt: admitted, end: .now)
                    metrics.inference(model: model, queue: queue, compute: compute)
                }
                return try await RequestTiming.$current.withValue(timing) { try await operation() }
            }
        } catch let error as ServerError {
            switch error {
            case .tooManyRequests: metrics.rejected(model: model, reason: "queue_full")
            case .deadlineExceeded: metrics.rejected(model: model, reason: "deadline")
            default: break
            }
            throw error
        }
    }
}
