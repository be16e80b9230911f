import ArgumentParser

/// `bagui`: the command-line shell over the Bagui library. Each subcommand translates arguments,
/// calls the library and prints; none holds inference logic.
@main
struct BaguiCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bagui",
        abstract: "Small domain models composed into one industry model, on the CPU: ask, run, serve, predict, embed.",
        version: "0.1.0",
        subcommands: [AskCommand.self, RunCommand.self, ModelsCommand.self, PredictCommand.self, EmbedCommand.self, ServeCommand.self, TokenizeCommand.self, InspectCommand.self, DoctorCommand.self]
    )
}
