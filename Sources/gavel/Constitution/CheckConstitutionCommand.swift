import ArgumentParser
import ConstitutionFile
import Foundation
import MeetingKit

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
