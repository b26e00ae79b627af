import TerminalUI

/// The projector's one keymap: dispatch, its `?` help and `gavel projector --help` read it. Its keys only
/// choose what is shown.
public enum ProjectorKeys {
    public static let keymap = Keymap<ProjectorAction, ProjectorModel>([
        .init(
            [.character("v")], .cycleVoteDisplay, label: "vote display",
            help: "vote display: " + ProjectorModel.VoteDisplay.allCases.map(\.label).joined(separator: ", ")),
        .init(
            [.character("a")], .toggleAttendance, label: "attendance",
            help: "the attendance summary between votes, shown or hidden"),
        .init([.character("?")], .toggleHelp, label: "keys", help: "show or hide these keys"),
        .init([.escape], .closeHelp, label: "close", help: "hide these keys", when: { $0.showHelp }),
        .init([.character("q")], .quit, label: "quit", help: "quit the projector; it never changes the record"),
    ])

    /// The keys that hide the projector's help, as its keymap binds them.
    static var helpClosers: [String] {
        keymap.bindings.filter { $0.action == .closeHelp || $0.action == .toggleHelp }.flatMap(\.keys).map {
            $0.label()
        }
    }

    /// The keys, for the `?` overlay, and what the choices stand at now.
    static func help(_ model: ProjectorModel) -> [HelpOverlay.Entry] {
        keymap.help(in: model) + [
            ("", "now: \(model.voteDisplay.label); attendance \(model.showAttendance ? "shown" : "hidden")", true)
        ]
    }

    /// The keys as `gavel projector --help` lists them: "v: vote display: …; a: …; q: quit the projector…".
    public static var summary: String {
        keymap.bindings.filter { $0.action != .closeHelp }.map {
            "\($0.keys.map { $0.label() }.joined(separator: " ")): \($0.help)"
        }
        .joined(separator: "; ")
    }
}
