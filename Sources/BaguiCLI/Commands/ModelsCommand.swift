import ArgumentParser
import Bagui
import Foundation

/// `bagui models`: what the registry finds, and whether it can be trusted.
struct ModelsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "models",
        abstract: "List, inspect and verify the model bundles under the models directories.",
        subcommands: [List.self, Inspect.self, Verify.self])

    /// `bagui models list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Every bundle found: name, version, domain, task, languages, size and status.")

        @OptionGroup var registryOptions: RegistryOptions

        @Flag(name: .long, help: "Print JSON instead of a table.")
        var json = false

        struct Row: Encodable {
            let name: String, version: String, domain: String, task: String, languages: [String], sizeBytes: Int, status: String, directory: String
        }

        func run() async throws {
            let registry = try registryOptions.registry()
            var rows: [Row] = []
            for entry in registry.entries {
                let status: String
                do {
                    try entry.bundle.verifyFiles()
                    let current = await registry.status(of: entry.id)
                    status = "\(current)"
                } catch { status = "refused: \(error)" }
                rows.append(Row(name: entry.manifest.name, version: entry.manifest.version, domain: entry.manifest.domain, task: entry.manifest.task,
                                languages: entry.manifest.languages, sizeBytes: entry.sizeBytes, status: status, directory: entry.bundle.directory.path))
            }
            for refused in registry.refusedAtDiscovery {
                let parts = refused.id.split(separator: "@", maxSplits: 1).map(String.init)
                rows.append(Row(name: parts[0], version: parts.count > 1 ? parts[1] : "-", domain: "-", task: "-", languages: [], sizeBytes: 0,
                                status: "refused: \(refused.reason)", directory: refused.directory.path))
            }
            if json {
                print(try JSONOutput.pretty(rows))
                return
            }
            let table = TextTable(columns: ["name", "version", "domain", "task", "languages", "size", "status"])
            print(table.render(rows.map { [$0.name, $0.version, $0.domain, $0.task, $0.languages.joined(separator: ","),
                                           $0.sizeBytes > 0 ? String(format: "%.1f MB", Double($0.sizeBytes) / 1_048_576) : "-", $0.status] }))
        }
    }

    /// `bagui models inspect NAME`.
    struct Inspect: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a bundle's manifest and model card.")

        @OptionGroup var registryOptions: RegistryOptions

        @Argument(help: "NAME or NAME@VERSION.")
        var name: String

        @Flag(name: .long, help: "Print only the manifest, as JSON.")
        var json = false

        func run() async throws {
            let entry = try registryOptions.registry().entry(name)
            let manifest = try String(contentsOf: entry.bundle.directory.appendingPathComponent("manifest.json"), encoding: .utf8)
            if json {
                print(manifest)
                return
            }
            print("# \(entry.id) — \(entry.bundle.directory.path)\n")
            print("## manifest.json\n\n\(manifest)")
            if let card = try? String(contentsOf: entry.bundle.directory.appendingPathComponent("README.md"), encoding: .utf8) {
                print("## Model card (README.md)\n\n\(card)")
            }
        }
    }

    /// `bagui models verify [NAME]`.
    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check SHA-256 hashes and replay golden outputs; exit non-zero naming each bundle that fails.")

        @OptionGroup var registryOptions: RegistryOptions

        @Argument(help: "NAME or NAME@VERSION (default: every bundle).")
        var name: String?

        func run() async throws {
            let registry = try registryOptions.registry()
            let entries = try name.map { [try registry.entry($0)] } ?? registry.entries
            var failed: [String] = name == nil ? registry.refusedAtDiscovery.map(\.id) : []
            for refused in name == nil ? registry.refusedAtDiscovery : [] { print("FAIL  \(refused.id): \(refused.reason)") }
            for entry in entries {
                do {
                    let report = try GoldenCheck.run(entry.bundle.load(plugins: registry.plugins), directory: entry.bundle.directory)
                    print("ok    \(entry.id): \(entry.manifest.files.count) files match their SHA-256; \(report.cases) golden cases within \(report.tolerance) (max difference \(report.maxDifference))")
                } catch {
                    failed.append(entry.id)
                    print("FAIL  \(entry.id): \(error)")
                }
            }
            if !failed.isEmpty {
                throw VerificationFailure(bundles: failed)
            }
        }
    }
}

/// `bagui models verify` found bundles that cannot be trusted.
struct VerificationFailure: Error, CustomStringConvertible {
    let bundles: [String]
    var description: String { "\(bundles.count) bundle(s) failed verification: \(bundles.joined(separator: ", "))" }
}
