import ArgumentParser
import ConstitutionFile
import Foundation
import MeetingKit

struct ShowConstitution: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "constitution", abstract: "Print a constitution: seats, people, members and the rules in force.")

    @Argument(help: "A shipped constitution (hnb-elg, framework-elg, hnb-eog) or a constitution file.")
    var constitution: String?

    @Flag(help: "Print the shipped constitution's TOML text, to copy and edit.")
    var toml = false

    func run() throws {
        if toml {
            guard let shipped = ShippedConstitution(rawValue: constitution ?? ShippedConstitution.default.rawValue)
            else {
                throw ValidationError("--toml prints a shipped constitution: hnb-elg, framework-elg or hnb-eog.")
            }
            Output.line(shipped.text, terminator: "")
            return
        }
        let (loaded, source) = try resolveConstitution(constitution)
        Output.line(ConstitutionReport(constitution: loaded, source: source).text)
    }
}
