import CommandLanguage
import Foundation
import MeetingKit
import TerminalUI

/// What the selection stands on, on each screen, and starting a draft from it.
extension ConsoleModel {
    var selectedRollRow: RollRow? {
        let rows = roll
        return rows.indices.contains(selected) ? rows[selected] : nil
    }

    /// The matters arising the matters screen lists, in its order.
    public var matters: [MinutesDocument.MatterArising] { MinutesDocument.mattersArising(of: state) }

    var selectedMatter: MinutesDocument.MatterArising? {
        let all = matters
        return all.indices.contains(selected) ? all[selected] : nil
    }

    /// Opens the command line with `draft`'s text, the cursor at its end.
    mutating func start(_ draft: CommandDraft) {
        guard let line = draft.line(in: self) else {
            message = (
                draft == .correct
                    ? "Only a closed vote or a minuted entry is corrected (V5); select one."
                    : "Select a row for that first.", true
            )
            return
        }
        mode = .command
        commandLine = TextField()
        commandLine.set(line.text, cursor: line.cursor)
        message = nil
    }
}
