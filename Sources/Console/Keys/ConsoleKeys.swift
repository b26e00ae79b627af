import MeetingKit
import TerminalUI

/// The console's one keymap: dispatch, the footer and the `?` help all read it.
public enum ConsoleKeys {
    /// The four moving keys, which the help overlay shows on one line, as `movingSummary`.
    public static let moving: Set<ConsoleAction> = [.up, .down, .top, .bottom]
    /// Whether `binding` is told by the moving keys' shared help line: not a moving key that another binding
    /// also takes (`g`, the clerk's guest on the roll call), which has a line of its own saying where it moves.
    public static func sharesMovingLine(_ binding: KeyBinding<ConsoleAction, ConsoleModel>) -> Bool {
        moving.contains(binding.action)
            && !binding.keys.contains { key in
                keymap.bindings.contains { $0.action != binding.action && $0.keys.contains(key) }
            }
    }

    /// Whether `key` does something other than `action` here and now: a moving key gives way to it, so `g`
    /// adds a guest on the clerk's roll call and is not also the first row there, in help or in use (#24).
    static func takenFrom(_ action: ConsoleAction, _ key: Key, in model: ConsoleModel) -> Bool {
        keymap.bindings.contains { $0.action != action && $0.keys.contains(key) && $0.isEnabled(model) }
    }
    /// The moving keys' one help line, from the bindings that share it: "move up and down (also k j); Home,
    /// End G: first and last row".
    public static let movingSummary: String = {
        let shared = keymap.bindings.filter(sharesMovingLine)
        func keys(_ action: ConsoleAction) -> [String] {
            shared.filter { $0.action == action }.flatMap(\.keys).map { $0.label() }
        }
        // The arrows lead the help line itself; their letters are the "also".
        let letters = (keys(.up).dropFirst() + keys(.down).dropFirst()).joined(separator: " ")
        let ends = [keys(.top), keys(.bottom)].map { $0.joined(separator: " ") }.joined(separator: ", ")
        return "move up and down (also \(letters)); \(ends): first and last row"
    }()

    public static let keymap = Keymap<ConsoleAction, ConsoleModel>(table.map(\.binding))

    /// The first row's own key, which `g` is named as doing the work of.
    private static let firstRowKeys: [Key] = [.home]

    /// Whether `key` is bound to `action` in the table, whether or not it can act now.
    static func binds(_ key: Key, to action: ConsoleAction) -> Bool { keymap.binds(key, to: action) }

    /// The key bound to `action`, as sentences name it ("close it first (3, then c)"): the table's, so a
    /// sentence never names a key that does something else.
    static func keyLabel(of action: ConsoleAction, ascii: Bool = false) -> String {
        keymap.keyLabel(of: action, ascii: ascii) ?? ""
    }

    /// A binding with the role and screen it belongs to, so a key that cannot act can say whose it is and
    /// where it works.
    struct Entry: Sendable {
        var binding: KeyBinding<ConsoleAction, ConsoleModel>
        var role: Role?
        var screen: ConsoleModel.Screen?
    }

    /// A binding that applies to one role or one screen, or both, and only when `when` holds; one that records
    /// needs a meeting not yet closed (V5), one on motions and votes a meeting open.
    private static func key(
        _ keys: [Key], _ action: ConsoleAction, label: String, help: String, inFooter: Bool = true,
        role: Role? = nil, screen: ConsoleModel.Screen? = nil,
        when extra: @escaping @Sendable (ConsoleModel) -> Bool = { _ in true }
    ) -> Entry {
        let binding = KeyBinding<ConsoleAction, ConsoleModel>(
            keys, action, label: label, help: help, inFooter: inFooter
        ) { model in
            (role.map { model.role == $0 } ?? true) && (screen.map { model.screen == $0 } ?? true)
                && (!action.recordsNew || model.state.closedAt == nil)
                && (!action.needsOpenMeeting || model.state.isOpen) && extra(model)
        }
        return Entry(binding: binding, role: role, screen: screen)
    }

    static let table: [Entry] = [
        // Help and quit come first, so a narrow footer never drops them.
        key([.character("?")], .help, label: "help", help: "show every key"),
        key([.character("q")], .quit, label: "quit", help: "leave the console (everything done is already saved)"),
        key([.character(":")], .commandLine, label: "command", help: commandLineHelp),
        key([.character("1")], .showRoll, label: "roll", help: "roll call screen", when: { $0.screen != .roll }),
        key(
            [.character("2")], .showAgenda, label: "agenda", help: "agenda screen: items, the current one, time used",
            when: { $0.screen != .agenda }),
        key(
            [.character("3")], .showMotion, label: "motion", help: "motion and vote screen",
            when: { $0.screen != .motion }),
        key(
            [.character("4")], .showMinutes, label: "minutes",
            help: "minutes screen: what is minuted under the current item", when: { $0.screen != .minutes }),
        key(
            [.character("5")], .showMatters, label: "matters",
            help: "matters arising: open actions and risks carried from earlier meetings",
            when: { $0.screen != .matters }),
        key(
            [.character("6")], .showLog, label: "log",
            help: "every event with its time and author, corrections included", when: { $0.screen != .log }),
        key(
            [.character("/")], .draft(.search), label: "search",
            help: "search every meeting of the series: motions, notes, actions, risks"),
        key(
            [.character("u")], .undo, label: "undo",
            help: "undo this terminal's last action, while nothing has been recorded after it (then: correct, V5)",
            when: { $0.ownLastActionCanBeUndone }),
        // Roll call (clerk).
        key(
            [.character("a")], .arrived, label: "arrived", help: "mark the selected person arrived now (clerk)",
            role: .clerk, screen: .roll, when: { $0.selectedRollRow.map { !$0.presence.isHere } ?? false }),
        key(
            [.character("l")], .left, label: "left", help: "mark the selected person as having left now (clerk)",
            role: .clerk, screen: .roll, when: { $0.selectedRollRow?.presence.isHere ?? false }),
        key(
            [.character("t")], .draft(.arrivalAt), label: "arrived at",
            help: "record the selected person's arrival at a time you edit (clerk, A1)", role: .clerk, screen: .roll,
            when: { $0.selectedRollRow.map { !$0.presence.isHere } ?? false }),
        key(
            [.character("T")], .draft(.departureAt), label: "left at",
            help: "record the selected person's departure at a time you edit (clerk, A1)", role: .clerk, screen: .roll,
            when: { $0.selectedRollRow?.presence.isHere ?? false }),
        key(
            [.character("p")], .draft(.apologies), label: "apologies",
            help: "record apologies from the selected person (clerk)", role: .clerk, screen: .roll,
            when: { $0.selectedRollRow.map { $0.presence == .absent } ?? false }),
        key(
            [.character("N")], .draft(.name), label: "name",
            help:
                "name the selected person: a seat's representative or proxy (P2–P4), the chair or a member (M4); "
                + "kept for the series (clerk)",
            role: .clerk, screen: .roll, when: { $0.selectedRowCanBeNamed }),
        key(
            [.character("g")], .draft(.guest), label: "guest", help: "add a guest: name and role (clerk)", role: .clerk,
            screen: .roll),
        // Agenda and setup (chair).
        key(
            [.enter], .openItem, label: "open item", help: "make the selected item the current one (chair)",
            role: .chair, screen: .agenda, when: { $0.selectedItemCanBeOpened }),
        key(
            [.character("s")], .draft(.openMeeting), label: "open meeting",
            help: "open the meeting: title, date, place (chair)", role: .chair, screen: .agenda,
            when: { $0.state.openedAt == nil }),
        key(
            [.character("R")], .draft(.renameItem), label: "rename",
            help: "put the selected item's title right (chair)",
            role: .chair, screen: .agenda, when: { !$0.state.agenda.isEmpty }),
        key(
            [.character("x")], .toggleSelectedConfidential, label: "confidential",
            help: "mark the selected item confidential, or public again: off the projector and the public minutes (N4)",
            screen: .agenda, when: { !$0.state.agenda.isEmpty }),
        key(
            [.character("i")], .draft(.addItem), label: "add item",
            help: "add an agenda item with its time allotted, minutes=… (chair)", role: .chair, screen: .agenda),
        key(
            [.character("P")], .draft(.approveMinutes), label: "approve minutes",
            help: "approve the previous meeting's minutes (chair)",
            role: .chair, screen: .agenda, when: { $0.hasPreviousMeeting && $0.state.previousMinutesApproval == nil }),
        key(
            [.character("X")], .closeMeeting, label: "close meeting",
            help: "close the meeting, after a question; then only corrections (chair, V5)",
            role: .chair, screen: .agenda, when: { $0.state.isOpen && $0.state.openVote == nil }),
        key(
            [.character("M")], .startNextMeeting, label: "next meeting",
            help: "start the series' next meeting, after a question (chair)",
            role: .chair, screen: .agenda,
            when: { $0.state.closedAt != nil && $0.newestMeetingNumber <= $0.meetingNumber }),
        // #24: a console opened on an earlier meeting (gavel open N) is led to the newest, not asked to start one.
        key(
            [.character("M")], .startNextMeeting, label: "newest meeting",
            help: "go to the series' newest meeting; nothing is recorded",
            screen: .agenda, when: { $0.state.closedAt != nil && $0.newestMeetingNumber > $0.meetingNumber }),
        key(
            [.character("o")], .openVote, label: "open vote",
            help: "open the vote on the motion shown (chair; asks to override if inquorate, Q4)",
            role: .chair, screen: .motion, when: { $0.motionAwaitsVote }),
        key(
            [.character("y")], .voteFor, label: "for",
            help: "record the selected seat's vote: for (chair; clerk, for a member without a terminal)",
            screen: .motion, when: { $0.state.openVote != nil && $0.selectedSeatIsRepresented }),
        key(
            [.character("n")], .voteAgainst, label: "against",
            help: "record the selected seat's vote: against (chair; clerk, for a member without a terminal)",
            screen: .motion, when: { $0.state.openVote != nil && $0.selectedSeatIsRepresented }),
        key(
            [.character("b")], .abstain, label: "abstain",
            help: "record the selected seat's vote: abstain (chair; clerk, for a member without a terminal)",
            screen: .motion, when: { $0.state.openVote != nil && $0.selectedSeatIsRepresented }),
        key(
            [.character("c")], .closeVote, label: "close vote", help: "close the vote and declare the outcome (chair)",
            role: .chair, screen: .motion, when: { $0.state.openVote != nil }),
        key(
            [.character("m")], .draft(.motion), label: "new motion",
            help: "move a motion: text, mover=, rationale= (chair, V5)", role: .chair, screen: .motion,
            when: { $0.state.openVote == nil }),
        key(
            [.character("e")], .draft(.amend), label: "amend",
            help: "amend the motion shown before its vote (chair, V5)", role: .chair, screen: .motion,
            when: { $0.motionAwaitsVote }),
        key(
            [.character("w")], .draft(.withdrawMotion), label: "withdraw",
            help: "withdraw the motion shown before its vote, with the reason minuted (chair, V5)", role: .chair,
            screen: .motion, when: { $0.motionAwaitsVote }),
        key(
            [.character("d")], .draft(.deferMotion), label: "defer",
            help: "defer the motion shown to later, with the reason minuted (chair, V5)", role: .chair, screen: .motion,
            when: { $0.motionAwaitsVote && $0.shownMotion?.stage.mayBeDeferred == true }),
        key(
            [.character("r")], .draft(.ruleChange), label: "rule change",
            help: "propose another rule for named motions, agreed only unanimously (chair, V3)",
            role: .chair, screen: .motion, when: { $0.state.openVote == nil && $0.hasMotionForRuleChange }),
        // Minutes.
        key(
            [.character("w")], .toggleWholeMinutes, label: "whole minutes",
            help: "preview the whole minutes as gavel minutes writes them", screen: .minutes, when: { !$0.wholeMinutes }
        ),
        key(
            [.character("w")], .toggleWholeMinutes, label: "this item",
            help: "back from the whole minutes to the current item's", screen: .minutes, when: { $0.wholeMinutes }),
        key(
            [.character("n")], .draft(.note), label: "note", help: "minute a note under the current item (clerk, N1)",
            role: .clerk, screen: .minutes),
        key(
            [.character("a")], .draft(.action), label: "action", help: "record an action: what, who=, due= (clerk, N2)",
            role: .clerk, screen: .minutes),
        key(
            [.character("r")], .draft(.risk), label: "risk",
            help: "add a risk: owner=, rating=, mitigation= (clerk, N3)", role: .clerk, screen: .minutes),
        key(
            [.character("c")], .draft(.concern), label: "concern", help: "minute a systemic concern (clerk, N1)",
            role: .clerk, screen: .minutes),
        key(
            [.character("d")], .draft(.declaration), label: "declare",
            help: "minute a declaration of interest (clerk, V6)", role: .clerk, screen: .minutes),
        key(
            [.character("s")], .draft(.sharing), label: "share",
            help: "minute information to share: with=, often= (clerk, N5)", role: .clerk, screen: .minutes),
        key(
            [.character("x")], .toggleConfidential, label: "confidential",
            help: "mark the current item confidential, or public again (clerk, N4)",
            role: .clerk, screen: .minutes, when: { $0.state.currentItem != nil && !$0.wholeMinutes }),
        // Matters arising (clerk).
        key(
            [.character("c")], .draft(.closeAction), label: "close action",
            help: "close the selected action, with a note (clerk, N2)", role: .clerk, screen: .matters,
            when: { $0.selectedIsOpenAction }),
        key(
            [.character("r")], .draft(.rerateRisk), label: "re-rate", help: "re-rate the selected risk (clerk, N3)",
            role: .clerk, screen: .matters, when: { $0.selectedIsRisk }),
        key(
            [.character("C")], .draft(.closeRisk), label: "close risk",
            help: "close the selected risk, saying why (clerk, N3)", role: .clerk, screen: .matters,
            when: { $0.selectedIsRisk }),
        // Log.
        key(
            [.character("C")], .draft(.correct), label: "correct",
            help: "correct the selected event: a minuted entry or a closed vote (V5)",
            screen: .log, when: { $0.selectedEventIsCorrectable }),
        // Moving keys only where there are rows to move through (#24).
        key(
            [.up, .character("k")], .up, label: "up", help: "move up", inFooter: false, when: { $0.layout.rowCount > 0 }
        ),
        key(
            [.down, .character("j")], .down, label: "down", help: "move down", inFooter: false,
            when: { $0.layout.rowCount > 0 }),
        key(firstRowKeys, .top, label: "top", help: "first row", inFooter: false, when: { $0.layout.rowCount > 0 }),
        key(
            [.character("g")], .top, label: "top",
            help: "go to the first row (as \(firstRowKeys.map { $0.label() }.joined(separator: ", ")))",
            inFooter: false,
            when: { $0.layout.rowCount > 0 && !takenFrom(.top, .character("g"), in: $0) }),
        key(
            [.end, .character("G")], .bottom, label: "bottom", help: "last row", inFooter: false,
            when: { $0.layout.rowCount > 0 }),
    ]
}
