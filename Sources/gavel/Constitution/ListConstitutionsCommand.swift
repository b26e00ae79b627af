import ArgumentParser
import ConstitutionFile
import Foundation
import MeetingKit

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
