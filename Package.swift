// swift-tools-version: 6.1
// Bagui: a Swift inference runtime for small domain models composed into one industry model.
//
// Targets depend one way only:
//   CBaguiCPU, BaguiJSON → BaguiTensor (BLAS, tensors, safetensors) → BaguiNN (layers)
//   BaguiJSON → BaguiTokenizers
//   BaguiNN + BaguiTokenizers → BaguiModels (architectures) → BaguiBundles (domain model bundles)
//   → BaguiDomains (code plugins), BaguiRegistry (discovery, loading) → BaguiIndustry (routing)
//   → Bagui (the public library) → BaguiServer (HTTP) → bagui (CLI)
import PackageDescription

let package = Package(
    name: "Bagui",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "Bagui", targets: ["Bagui"]),
        .executable(name: "bagui", targets: ["BaguiCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        // The HTTP server (bagui serve): Hummingbird 2, metrics exported to Prometheus, graceful shutdown.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        .target(name: "CBaguiCPU"),
        .target(name: "BaguiJSON"),
        .target(
            name: "BaguiTensor",
            dependencies: ["CBaguiCPU", "BaguiJSON", .product(name: "Logging", package: "swift-log")],
            linkerSettings: [.linkedLibrary("dl")]
        ),
        .target(name: "BaguiTokenizers", dependencies: ["BaguiJSON"]),
        .target(name: "BaguiNN", dependencies: ["BaguiTensor"]),
        .target(name: "BaguiModels", dependencies: ["BaguiNN", "BaguiTokenizers"]),
        .target(name: "BaguiBundles", dependencies: ["BaguiModels", .product(name: "Crypto", package: "swift-crypto")]),
        // Bagui's own domain code plugins (triage safety layer, cane advice).
        .target(name: "BaguiDomains", dependencies: ["BaguiBundles"]),
        // Discovery, validation, lazy loading under a memory budget.
        .target(name: "BaguiRegistry", dependencies: ["BaguiBundles"]),
        // The industry model: a declarative composition of experts behind one question.
        .target(name: "BaguiIndustry", dependencies: ["BaguiRegistry", "BaguiDomains"]),
        .target(name: "Bagui", dependencies: ["BaguiModels", "BaguiBundles", "BaguiDomains", "BaguiRegistry", "BaguiIndustry"]),
        // The HTTP shell over the library: Open Inference Protocol v2, OpenAI embeddings, metrics.
        .target(
            name: "BaguiServer",
            dependencies: [
                "Bagui",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "BaguiCLI",
            dependencies: [
                "Bagui",
                "BaguiServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),

        // Benchmarks/README.md: the Swift side of the side-by-side benchmark against the peers.
        .executableTarget(name: "BaguiBench", dependencies: ["Bagui"], path: "Benchmarks/BaguiBench"),

        .testTarget(name: "BaguiJSONTests", dependencies: ["BaguiJSON"]),
        .testTarget(name: "BaguiTensorTests", dependencies: ["BaguiTensor"]),
        .testTarget(name: "BaguiTokenizersTests", dependencies: ["BaguiTokenizers"], resources: [.copy("Fixtures")]),
        .testTarget(name: "BaguiNNTests", dependencies: ["BaguiNN"]),
        .testTarget(name: "BaguiModelsTests", dependencies: ["BaguiModels"], resources: [.copy("Fixtures")]),
        .testTarget(name: "BaguiBundlesTests", dependencies: ["BaguiBundles"]),
        // Paths into the repository and temporary copies of shipped bundles, shared by the tests.
        .target(name: "BaguiTestSupport", dependencies: [.product(name: "Crypto", package: "swift-crypto")], path: "Tests/BaguiTestSupport"),
        .testTarget(name: "BaguiDomainsTests", dependencies: ["BaguiDomains", "BaguiBundles", "BaguiTestSupport"]),
        .testTarget(name: "BaguiRegistryTests", dependencies: ["BaguiRegistry", "BaguiDomains", "BaguiTestSupport"]),
        .testTarget(name: "BaguiIndustryTests", dependencies: ["Bagui", "BaguiIndustry", "BaguiTestSupport"]),
        .testTarget(name: "BaguiCLITests", dependencies: ["Bagui", "BaguiTestSupport"]),
        .testTarget(
            name: "BaguiServerTests",
            dependencies: [
                "BaguiServer", "Bagui", "BaguiJSON", "BaguiTestSupport",
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
    ]
)
