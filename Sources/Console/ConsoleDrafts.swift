import Foundation
import TerminalUI
import MeetingKit

/// A command the console starts for the user and leaves open on the command line to finish: the key
/// supplies what the screen already knows (the selected person, the motion shown, the time now) and the
/// user types the rest, with Tab completion. One typed language, so nothing entered here differs from a
/// script or `gavel do`.
public enum CommandDraft: Hashable, Sendable {
    case openMeeting, addItem, approveMinutes
    case arrivalAt, departureAt, apologies, name
    case motion, amend, ruleChange
    case note, action, risk, concern, declaration, sharing
    case closeAction, rerateRisk, closeRisk

    /// The text to start the command line with, or nil when the screen has nothing for it to act on.
    func text(in model: ConsoleModel) -> String? {
        let state = model.state
        switch self {
        case .openMeeting:
            return "open \"\(state.constitution.body.rawValue) meeting \(model.meetingNumber)\" date=\(model.context.today) place=\""
        case .addItem: return "item add \""
        case .approveMinutes: return "approve-minutes \"Approved as a true record"
        case .arrivalAt, .departureAt:
            guard let row = model.selectedRollRow else { return nil }
            return "\(self == .arrivalAt ? "arrive" : "leave") \(row.person) at=\(ConsoleView.clock(model.now, model.timeZone))"
        case .apologies:
            guard let row = model.selectedRollRow else { return nil }
            return "apologies \(row.person) \""
        case .name:
            guard let row = model.selectedRollRow, let seat = row.seat, row.capacity == "representative" || row.capacity == "proxy" else { return nil }
            return "appoint \(seat) \(row.capacity) \""
        case .motion: return "motion \""
        case .amend:
            guard let motion = model.shownMotion else { return nil }
            return "amend \(motion.id) \"\(motion.draft.text)"
        case .ruleChange: return "rule-change "
        case .note: return "note \""
        case .action: return "action \""
        case .risk: return "risk \""
        case .concern: return "concern \""
        case .declaration: return "declare "
        case .sharing: return "share \""
        case .closeAction:
            guard case .action(let line, _)? = model.selectedMatter?.kind else { return nil }
            return "action close \(line.id) \""
        case .rerateRisk:
            guard case .risk(let line, _)? = model.selectedMatter?.kind else { return nil }
            return "risk rate \(line.id) "
        case .closeRisk:
            guard case .risk(let line, _)? = model.selectedMatter?.kind else { return nil }
            return "risk close \(line.id) \""
        }
    }
}

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
        guard let text = draft.text(in: self) else {
            message = ("Select a row for that first.", true)
            return
        }
        mode = .command
        commandLine = TextField()
        commandLine.set(text)
        message = nil
    }
}

extension ConsoleModel {
    /// The motion shown is still before its vote: it may be amended, withdrawn or deferred (V5).
    var motionAwaitsVote: Bool {
        guard state.openVote == nil, let motion = shownMotion else { return false }
        if case .moved = motion.stage { return true }
        return false
    }

    var selectedIsOpenAction: Bool {
        if case .action(let line, _)? = selectedMatter?.kind { return !line.closed }
        return false
    }

    var selectedIsRisk: Bool {
        if case .risk(let line, _)? = selectedMatter?.kind { return !line.closed }
        return false
    }
}
