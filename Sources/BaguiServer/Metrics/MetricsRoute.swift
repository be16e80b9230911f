import Hummingbird

/// `GET /metrics`: the Prometheus text exposition (version 0.0.4).
struct MetricsRoute {
    let core: ServerCore

    func register(on router: Router<ServerRequestContext>) {
        router.get("/metrics") { _, _ in
            let loaded = await core.repository.allModels().filter(\.isReady).count
            let bytes = core.metrics.exposition(modelsLoaded: loaded, load: core.scheduler.admission.load)
            return Response(
                status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
        }
    }
}
