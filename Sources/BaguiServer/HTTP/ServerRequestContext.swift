import Hummingbird
import NIOCore

/// The per-request context: Hummingbird's core storage, the connection (so a 413 can stop reading
/// it), and the labels a handler fills in for the metrics middleware.
public struct ServerRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The connection the request arrived on.
    let channel: any Channel
    /// Filled by handlers once the model is resolved; read by ``MetricsMiddleware``.
    let labels: RequestLabels

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        channel = source.channel
        labels = RequestLabels()
    }
}

/// Metric labels for one request, set while it is handled. Only names of served models are ever
/// stored here, never text from the request.
final class RequestLabels: Sendable {
    private let modelName = Locked<String?>(nil)

    /// The served model the request addressed, or nil before resolution (or for routes without one).
    var model: String? {
        get { modelName.withLock { $0 } }
        set { modelName.withLock { $0 = newValue } }
    }
}
