import MeetingKit

/// #24: what a console says about which meeting it is on, when that is not the series' newest or has just
/// changed: one place for the words, whichever way the console got there.
extension ConsoleModel {
    /// Said when the console shows a closed meeting: what it still takes, and which key leads on.
    var closedMeetingNotice: String {
        let closed = state.closedAt.map { " at " + clockTime($0, in: timeZone) } ?? ""
        let next =
            newestMeetingNumber > meetingNumber
            ? "Meeting \(newestMeetingNumber) is the newest: M on the agenda (2) goes to it."
            : "The chair's M on the agenda (2) starts the next."
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
                ? " Open it from the agenda screen (2): s." : " The chair opens it from the agenda screen (2).")
    }
}
