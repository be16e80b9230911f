// swift-tools-version: 6.1
// An example third-party domain for Bagui: its own package, its own bundle (Models/cassava-starch)
// and its own code plugin (starch-grade), composed with Bagui's shipped experts without editing Bagui.
import PackageDescription

let package = Package(
    name: "CassavaStarch",
    platforms: [.macOS(.v14)],
    products: [.library(name: "CassavaStarch", targets: ["CassavaStarch"])],
    dependencies: [.package(name: "Bagui", path: "../..")],
    targets: [
        .target(name: "CassavaStarch", dependencies: [.product(name: "Bagui", package: "Bagui")]),
        .testTarget(name: "CassavaStarchTests", dependencies: ["CassavaStarch", .product(name: "Bagui", package: "Bagui")]),
    ]
)
