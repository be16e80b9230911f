/// When one request started waiting and when its compute ran, so the server can report queue time and
/// compute time separately. The scheduler creates one per inference request and binds it to
/// ``current``; the worker pool stamps the compute interval on every request of the batch it runs.
final class RequestTiming: Sendable {
    private struct Stamps {
        var computeStart: ContinuousClock.Instant?
        var computeEnd: ContinuousClock.Instant?
        var batchSize: Int?
    }

    /// When the request asked for a slot.
    let arrival: ContinuousClock.Instant
    private let stamps = Locked(Stamps())

    @TaskLocal static var current: RequestTiming?

    init(arrival: ContinuousClock.Instant = .now) { self.arrival = arrival }

    func markComputeStart(_ instant: ContinuousClock.Instant, batchSize: Int) {
        stamps.withLock {
            $0.computeStart = $0.computeStart ?? instant
            $0.batchSize = batchSize
        }
    }

    func markComputeEnd(_ instant: ContinuousClock.Instant) { stamps.withLock { $0.computeEnd = instant } }

    /// (queue, compute) durations once the request finished at `end`. A model that does not use the
    /// worker pool reports all of its time after admission as compute.
    func split(admittedAt admitted: ContinuousClock.Instant, end: ContinuousClock.Instant) -> (queue: Duration, compute: Duration) {
        let (start, finish) = stamps.withLock { ($0.computeStart ?? admitted, $0.computeEnd ?? end) }
        return (start - arrival, finish - start)
    }
}
