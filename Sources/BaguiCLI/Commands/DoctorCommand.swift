import ArgumentParser
import Bagui

/// `bagui doctor`: what the runtime found on this machine, BLAS first.
struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Report the BLAS library, its kernel and self-check, threads and CPU features.")

    @Flag(name: .long, help: "Print JSON instead of text.")
    var json = false

    struct Report: Encodable {
        let bagui: String
        let blas: BLASInfo
        /// The kernel for few rows times a layer's weight (one sentence); more rows use BLAS.
        let gemm: GemmReport
    }

    struct GemmReport: Encodable {
        let fewRows: String
    }

    func run() throws {
        let info = BLAS.shared.info
        if json {
            print(try JSONOutput.pretty(Report(bagui: BaguiCommand.configuration.version, blas: info, gemm: GemmReport(fewRows: Gemm.fewRowsKernel))))
        } else {
            printText(info)
        }
        // A failed self-check is a failure in either format: scripts read the exit status.
        if info.selfCheck != "passed" { throw ExitCode(2) }
    }

    private func printText(_ info: BLASInfo) {
        print("""
            Bagui \(BaguiCommand.configuration.version)
            BLAS library:  \(info.library)
            BLAS version:  \(info.version)
            Kernel:        \(info.kernel)\(info.requestedKernel.map { " (requested \($0), from \(info.kernelSource))" } ?? " (chosen by the library)")
            Threads:       \(info.threads)
            Self-check:    \(info.selfCheck)
            Few-row GEMM:  \(Gemm.fewRowsKernel)
            CPU:           \(info.cpu.vendor) family \(info.cpu.family) model \(info.cpu.model)
            CPU features:  \(info.cpu.flags.joined(separator: " "))
            """)
    }
}
