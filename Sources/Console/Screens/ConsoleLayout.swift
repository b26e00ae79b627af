import TerminalUI

/// What the view makes of the model at the window's size, worked out once per change of state
/// (`ConsoleModel.settle`) and kept in the model: the moving keys go through `rowCount` rows, the screen
/// shows `visibleRows` of them, and help or the search results scroll as far as `overlayScrollLimit`.
/// The model moves and scrolls by these and does not ask the view again until the next change.
public struct ConsoleLayout: Sendable {
    /// Rows the screen's moving keys go through: the minutes' as wrapped at the window's width.
    public var rowCount = 0
    /// How many of them the screen shows at once; 0 while the window is too small to draw it.
    public var visibleRows = 0
    /// How far the open overlay can scroll: 0 when it is shown whole, or none is open.
    public var overlayScrollLimit = 0
    /// The minutes screen's rows as wrapped at the window's width: laid out here once and drawn as they are,
    /// since laying them out builds the minutes. Empty on every other screen.
    var minutesRows: [(text: String, role: StyleRole)] = []
    /// What the rows were counted from, so a key that changes none of these (a move, a typed character)
    /// reuses them.
    var rowsCountedFrom: RowInputs?

    struct RowInputs: Equatable, Sendable {
        var screen: ConsoleModel.Screen
        var meeting: Int
        var lastSequence: Int
        var events: Int
        var width: Int
        var wholeMinutes: Bool
        var voteOpen: Bool

        init(_ model: ConsoleModel) {
            screen = model.screen
            meeting = model.meetingNumber
            lastSequence = model.state.lastSequence
            events = model.events.count
            width = model.width
            wholeMinutes = model.wholeMinutes
            voteOpen = model.state.openVote != nil
        }
    }
}

extension ConsoleView {
    /// The layout of `model` in its window: the one place the model learns how the view arranges it.
    static func layout(_ model: ConsoleModel) -> ConsoleLayout {
        let inputs = ConsoleLayout.RowInputs(model)
        var layout = ConsoleLayout(rowsCountedFrom: inputs)
        if model.layout.rowsCountedFrom == inputs {
            (layout.rowCount, layout.minutesRows) = (model.layout.rowCount, model.layout.minutesRows)
        } else {
            layout.minutesRows = model.screen == .minutes ? MinutesScreen.rows(model, width: model.width) : []
            layout.rowCount = rowCount(model, minutesRows: layout.minutesRows)
        }
        guard model.windowShowsScreen else { return layout }
        // The footer offers the moving keys by the row count, and the footer's height shapes the screen.
        var measured = model
        measured.layout = layout
        let area = Frame(measured, width: model.width, height: model.height, ascii: model.ascii).screen
        layout.visibleRows = visibleRows(measured, in: area)
        let window = Rect(x: 0, y: 0, width: model.width, height: model.height)
        switch model.mode {
        case .help:
            layout.overlayScrollLimit = HelpOverlay.maximumScroll(
                helpSections(model, ascii: model.ascii), in: window, ascii: model.ascii)
        case .results:
            layout.overlayScrollLimit = HelpOverlay.maximumScroll(resultEntries(model), in: window, ascii: model.ascii)
        default: break
        }
        return layout
    }

    /// How many rows the screen's moving keys go through; the motion screen's seats are rows only while a
    /// vote is open. The minutes' are their laid-out rows.
    private static func rowCount(_ model: ConsoleModel, minutesRows: [(text: String, role: StyleRole)]) -> Int {
        switch model.screen {
        case .roll: model.roll.count
        case .agenda: model.state.agenda.count
        case .motion: model.state.openVote == nil ? 0 : model.state.constitution.seats.count
        case .minutes: minutesRows.count
        case .matters: model.matters.count
        case .log: model.events.count
        }
    }

    /// How many of those rows the screen shows at once in `area`.
    private static func visibleRows(_ model: ConsoleModel, in area: Rect) -> Int {
        switch model.screen {
        case .roll: RollCallScreen.visibleRows(model, in: area)
        case .agenda, .matters: Table.visibleRows(in: area)
        case .motion: MotionScreen.visibleSeats(model, in: area)
        case .minutes: MinutesScreen.listArea(model, in: area).height
        case .log: area.height
        }
    }
}
