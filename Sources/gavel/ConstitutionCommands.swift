import ArgumentParser
import ConstitutionFile
import Foundation
import MeetingKit

/// Resolves `NAME|FILE`: a shipped constitution's name, else a path to a constitution file.
func resolveConstitution(_ nameOrPath: String?) throws -> (Constitution, source: String) {
    let choice = nameOrPath ?? ShippedConstitution.default.rawValue
    if let shipped = ShippedConstitution(rawValue: choice) { return (shipped.constitution, "shipped \(choice)") }
    guard FileManager.default.fileExists(atPath: choice) else {
        let names = ShippedConstitution.allCases.map(\.rawValue).joined(separator: ", ")
        throw ValidationError("'\(choice)' is neither a shipped constitution (\(names)) nor a file that exists.")
    }
    do {
        return (try ConstitutionLoader.load(path: choice), choice)
    } catch {
        throw InvalidConstitution(error: error)
    }
}

/// A constitution file with problems: every problem on its own line, then a non-zero exit.
struct InvalidConstitution: Error, CustomStringConvertible {
    var error: ConstitutionFileError
    var description: String { error.description }
}

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

struct CheckConstitution: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Check a constitution file and report every problem with its line and field.")

    @Argument(help: "The constitution file to check.")
    var file: String

    func run() throws {
        let (loaded, _) = try resolveConstitution(file)
        Output.line("\(file): ok — \(loaded.name), \(loaded.body.rawValue), \(loaded.seats.count) voting seats")
    }
}

struct ListConstitutions: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "constitutions", abstract: "List the constitutions shipped inside gavel.")

    func run() {
        for shipped in ShippedConstitution.allCases {
            let c = shipped.constitution
            let mark = shipped == .default ? " (default)" : ""
            Output.line(
                "\(shipped.rawValue.padding(toLength: 14, withPad: " ", startingAt: 0)) \(c.name): \(c.body.rawValue), "
                    + "\(c.seats.count) voting seats\(mark)"
            )
        }
    }
}
