import ArgumentParser
import Foundation
import MeetingKit
import MeetingStore
import SSHKeys
import TerminalUI
import TextHazards

/// A holder named on the command line: a person by id or name, `clerk`, or `projector`.
enum KeyHolderName {
    static func resolve(_ text: String, clerkName: String?, in constitution: Constitution) throws -> KeyHolder {
        switch text.lowercased() {
        case "projector": return .projector
        case "clerk": return .clerk(name: clerkName ?? "")
        default:
            if constitution.person(PersonID(text)) != nil { return .person(PersonID(text)) }
            // A name, or a blank place's description ("Finance Representative representative").
            let named = constitution.people.values.filter {
                ($0.isNamed ? $0.name : $0.placeholder).caseInsensitiveCompare(text) == .orderedSame
            }
            if named.count == 1 { return .person(named[0].id) }
            if named.count > 1 {
                throw CommandRefusal(
                    "More than one person is named '\(text)'; give the person's "
                        + "id:\(named.map { "\n  \($0.id)" }.sorted().joined())"
                )
            }
            throw CommandRefusal(
                "There is no person '\(text)' in the constitution in force.\(Keyring.holders(in: constitution))")
        }
    }
}
