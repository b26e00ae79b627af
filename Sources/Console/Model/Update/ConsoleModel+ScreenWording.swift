import CommandLanguage
import Foundation
import MeetingKit

/// The sentences the screens show beside their rows: what an empty screen offers, where the roll call
/// stands, the duty a vote is cast under. The model words them; the views only place them.
extension ConsoleModel {
    /// What an empty agenda says, with the command that fills it as the command line takes it: the
    /// catalog's words, so the hint cannot name a command the language does not have.
    static let emptyAgendaHint: String = {
        let example = CommandTemplate("item add", [("title", .given("Title")), ("minutes", .given("20"))])
        return "No agenda yet. Add items with  \(ConsoleKeys.keyLabel(of: .commandLine))\(example?.text ?? "")"
    }()

    /// What the motion screen says before any motion, with the command that moves one.
    static let emptyMotionHint: String = {
        let example = CommandTemplate("motion", [("text", .given("That …")), ("rationale", .given("…"))])
        return "No motion yet. Move one with  \(ConsoleKeys.keyLabel(of: .commandLine))\(example?.text ?? "")"
    }()

    static let noMattersArising = "No matters arising: no open actions or risks from earlier meetings of this series."

    /// V6: under every vote, the duty it is cast under.
    static let votingDuty = "Vote for the good of the local education system, not your own group (V6)."

    /// What the minutes screen says under an item with nothing minuted: the clerk is offered the keys that
    /// minute something, from the table.
    var emptyMinutesHint: String {
        guard role == .clerk else { return "Nothing minuted here yet." }
        let keys = [CommandDraft.note, .action, .risk, .concern, .declaration, .sharing].map {
            "\(ConsoleKeys.keyLabel(of: .draft($0))) \(ConsoleKeys.keymap.footerLabel(of: .draft($0)) ?? "")"
        }
        return "Nothing minuted here yet: " + keys.joined(separator: ", ") + "."
    }

    /// A1: when the roll call at the opening ends, or ended, and what that means for an arrival now.
    var rollCallLine: String {
        guard let ended = state.rollCallEndedAt, let first = state.rollCallEnd else {
            return "Roll call at the opening, until the first item is taken: nobody is late (A1)."
        }
        return "Roll call ended \(clockTime(ended, in: timeZone)) (item \(first.item) taken): arrivals since then are "
            + "late (A1)."
    }
}
