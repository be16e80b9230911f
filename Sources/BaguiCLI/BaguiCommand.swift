import ArgumentParser

/// `bagui`: the command-line shell over the Bagui library. Each subcommand translates arguments,
/// calls the library and prints; none holds inference logic.
@main
struct BaguiCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bagui",
        abstract: "Run small domain models on the CPU: embed, tokenize, inspect and check the machine.",
        version: "0.1.0",
        subcommands: [PredictCommand.self, EmbedCommand.self, ServeCommand.self, TokenizeCommand.self, InspectCommand.self, DoctorCommand.self]
    )
}
