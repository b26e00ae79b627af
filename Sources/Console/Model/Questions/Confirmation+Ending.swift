import MeetingKit

/// Questions for keys that end something or show the room something (issue #24, point 3): each names what
/// happens and to whom, and only `y` goes ahead.
extension Confirmation {
    /// N4: making an item public again shows the room what is recorded under it from now on; its title and
    /// what was recorded while it was confidential stay confidential for good (`isConfidential(.item)`).
    static func makePublic(_ item: AgendaItem) -> Confirmation {
        Confirmation(
            title: "Make item \(item.id) public again?",
            // Paragraphs: the question's box wraps them to the window.
            lines: [
                "From now on what is recorded under it shows on the projector and members' ballots, and goes into "
                    + "the public minutes, registers and search.",
                "Its title \"\(item.title)\" and what was recorded while it was confidential stay confidential for "
                    + "good (N4): the room sees \"Confidential item\".",
            ],
            proceed: "make it public",
            effect: .perform(.markConfidential(item.id, false)),
            declined: "Item \(item.id) stays confidential.")
    }

    /// V5: undoing the meeting's close opens it again to new business, so it is asked as closing was.
    static func undoClose(first: Int, number: Int) -> Confirmation {
        Confirmation(
            title: "Re-open the meeting?",
            lines: [
                "Undo closing meeting \(number): it is open again and takes new business,",
                "and the closing time leaves the minutes.",
            ],
            proceed: "re-open the meeting",
            effect: .perform(.undoLastAction(first: first)),
            declined: "The meeting stays closed.")
    }
}
