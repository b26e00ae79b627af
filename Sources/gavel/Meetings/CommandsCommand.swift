import ArgumentParser
import CommandLanguage

struct Commands: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "commands",
        abstract: "List the command language: what `gavel do`, scripts and the console's : line accept.")

    func run() {
        for spec in CommandCatalog.all {
            Output.line("\(spec.usage)\n    \(spec.summary)")
        }
    }
}
