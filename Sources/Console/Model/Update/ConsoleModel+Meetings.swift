import Foundation
import MeetingKit

/// #24: what a console says about which meeting it is on, when that is not the series' newest or has just
/// changed: one place for the words, whichever way the console got there.
extension ConsoleModel {
    /// Said when the console shows a closed meeting: what it still takes, and which key leads on.
    var closedMeetingNotice: String {
        let closed = state.closedAt.map { " at " + clockTime($0, in: timeZone) } ?? ""
        let onAgenda =
            "\(ConsoleKeys.keyLabel(of: .startNextMeeting)) on the agenda (\(ConsoleKeys.keyLabel(of: .showAgenda)))"
        let next =
            newestMeetingNumber > meetingNumber
            ? "Meeting \(newestMeetingNumber) is the newest: \(onAgenda) goes to it."
            : "The chair's \(onAgenda) starts the next."
        return "Meeting \(meetingNumber) closed\(closed); only corrections now. \(next)"
    }

    /// Said when M has brought the console to meeting `number`: started by it, or started before; and, while
    /// it is not yet open, who opens it.
    func arrivalNotice(_ number: Int, started: Bool) -> String {
        let how =
            started
            ? "Meeting \(number) started." : "Meeting \(number) had already been started; this console moved to it."
        guard state.openedAt == nil else { return how }
        return how
            + (role == .chair
                ? " Open it from the agenda screen (\(ConsoleKeys.keyLabel(of: .showAgenda))): "
                    + "\(ConsoleKeys.keyLabel(of: .draft(.openMeeting)))."
                : " The chair opens it from the agenda screen (\(ConsoleKeys.keyLabel(of: .showAgenda))).")
    }
}

extension ConsoleModel {
    /// #24: another terminal started the next meeting; this console moves to it rather than stay on the
    /// closed one, and says so. A question about the closed meeting is dropped, and a line being typed is
    /// taken off the command line into its history: either was meant for a meeting no longer shown, so
    /// Enter must not record it in the new one; Up brings the line back, so nothing typed is lost.
    mutating func moveToMeeting(_ record: RecordView) {
        let (closed, number) = (meetingNumber, record.number)
        var moved = successor(on: record)
        moved.screen = screen
        moved.history = history
        let typed = mode == .command ? commandLine.text.trimmingCharacters(in: .whitespaces) : ""
        if !typed.isEmpty, moved.history.last != typed { moved.history.append(typed) }
        moved.newestMeetingNumber = max(number, newestMeetingNumber, record.newest)
        var question = ""
        if case .confirm(let asked) = mode {
            question = " The question \"\(asked.title)\" was about meeting \(closed) and was dropped."
        }
        moved.message = (
            "Meeting \(closed) is closed; meeting \(number) has started, and this console has moved to it." + question
                + (typed.isEmpty
                    ? "" : " The line you were typing was not run: \(ConsoleKeys.recallKeys) brings it back."),
            false
        )
        self = moved
    }

    /// The console on `record`'s meeting, in the same window: where M or another terminal brings it.
    func successor(on record: RecordView) -> ConsoleModel {
        var next = ConsoleModel(opening: record, role: role, now: now, ascii: ascii, timeZone: timeZone)
        (next.width, next.height) = (width, height)
        next.settle()
        return next
    }
}

extension ConsoleModel {
    /// A console opened on `record`'s meeting: its events for the log, the series' newest meeting, and
    /// what a closed meeting still takes.
    public init(opening record: RecordView, role: Role, now: Date, ascii: Bool, timeZone: TimeZone? = nil) {
        self.init(state: record.state, meetingNumber: record.number, role: role, now: now, timeZone: timeZone)
        self.ascii = ascii
        events = record.events
        newestMeetingNumber = record.newest
        if state.closedAt != nil { message = (closedMeetingNotice, false) }
        settle()
    }
}
