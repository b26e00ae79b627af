import Testing
import GridSnapshots
import TerminalUI

@Suite("Layout and widgets")
struct WidgetTests {
    @Test("a split always adds up to the whole; fixed parts survive when space is short")
    func layout() {
        let area = Rect(x: 0, y: 0, width: 80, height: 24)
        let parts = area.split(.vertical, [.length(1), .fill(1), .length(1)])
        #expect(parts.map(\.height) == [1, 22, 1])
        #expect(parts.map(\.y) == [0, 1, 23])
        let columns = area.split(.horizontal, [.percentage(25), .fill(1), .fill(2)])
        #expect(columns.map(\.width) == [20, 20, 40])
        let tiny = Rect(x: 0, y: 0, width: 10, height: 2).split(.vertical, [.length(1), .length(3), .fill(1)])
        #expect(tiny.map(\.height) == [1, 1, 0])
    }

    @Test("table: header, selected row, drawn from a position revealed to keep the selection in view")
    func table() {
        var table = Table(
            columns: [.init("Seat", .length(16)), .init("Holder", .fill(1)), .init("Vote", .length(8))],
            rows: (1...10).map { ["Seat \($0)", "Person number \($0) with a long name", $0 % 2 == 0 ? "for" : "against"] },
            rowRoles: (1...10).map { $0 % 2 == 0 ? .voteFor : .voteAgainst }, position: ScrollPosition(selected: 6))
        var grid = Grid(width: 40, height: 5)
        table.position.reveal(visible: Table.visibleRows(in: grid.bounds), count: table.rows.count)
        table.render(into: &grid, grid.bounds)
        expectSnapshot(grid, "table-scrolled")
        #expect(grid.roles(row: 4).allSatisfy { $0 == .selected })
        #expect(grid.lines[1].hasPrefix("Seat 4"))
        #expect(grid.roles(row: 1)[0] == .voteFor)
        #expect(grid.roles(row: 2)[0] == .voteAgainst)
    }

    @Test("status bar and footer fit the width; the footer drops what does not fit")
    func bars() {
        var grid = Grid(width: 40, height: 2)
        StatusBar(left: [("ELG Oct 2019", .title), ("Item 2", .normal)], right: [("QUORATE 6/9", .quorumOK), ("14:05", .statusBar)])
            .render(into: &grid, Rect(x: 0, y: 0, width: 40, height: 1))
        Footer.render([("q", "quit"), ("?", "help"), ("a", "arrived"), ("l", "left"), ("v", "vote"), ("n", "note")], into: &grid, Rect(x: 0, y: 1, width: 40, height: 1))
        expectSnapshot(grid, "status-and-footer")
        #expect(grid.roles(row: 0).contains(.quorumOK))
    }

    @Test("dialog: boxed, centred, with its answer keys")
    func dialog() {
        var grid = Grid(width: 44, height: 8)
        Dialog(title: "Open vote without quorum?", lines: ["4 of 9 seats represented, 5 needed.", "The override is minuted (Q4)."], buttons: ["y proceed", "n cancel"], role: .warning)
            .render(into: &grid, grid.bounds)
        expectSnapshot(grid, "dialog")
    }

    @Test("block digits scale to the space given and fall back to text")
    func digits() {
        #expect(BlockText.scale(for: "12", width: 7, height: 5) == 1)
        #expect(BlockText.scale(for: "12", width: 14, height: 10) == 2)
        #expect(BlockText.scale(for: "12", width: 5, height: 5) == 0)
        var grid = Grid(width: 9, height: 5)
        BlockText.render("10", into: &grid, grid.bounds, role: .voteFor, ascii: true)
        expectSnapshot(grid, "digits-10")
    }

    @Test("text field: typing, cursor keys, ^W, ^U, ^K, and a paste with line breaks")
    func textField() {
        var field = TextField()
        for c in "note \"hello\"" { field.handle(.character(c)) }
        field.handle(.control("w"))
        #expect(field.text == "note ")
        field.handle(.paste("line one\nline two"))
        #expect(field.text == "note line one line two")
        field.handle(.home)
        field.handle(.right)
        field.handle(.control("k"))
        #expect(field.text == "n")
        field.handle(.end)
        field.handle(.backspace)
        #expect(field.text == "")
        let handledEnter = field.handle(.enter)
        #expect(!handledEnter)
        var long = TextField(String(repeating: "x", count: 50))
        var grid = Grid(width: 20, height: 1)
        let cursorX = long.render(into: &grid, x: 0, y: 0, width: 20, prompt: ":")
        #expect(cursorX < 20)
        long.handle(.home)
        #expect(long.cursor == 0)
    }
}

@Suite("Keymap")
struct KeymapTests {
    enum Action: Hashable, Sendable { case quit, help, up, vote }
    struct Context { var voteOpen: Bool }

    let keymap = Keymap<Action, Context>([
        .init([.character("q")], .quit, label: "quit", help: "leave Gavel"),
        .init([.character("?")], .help, label: "help", help: "show every key"),
        .init([.up, .character("k")], .up, label: "up", help: "move up", inFooter: false),
        .init([.character("v")], .vote, label: "vote", help: "record a vote", when: { $0.voteOpen }),
    ])

    @Test("one table drives dispatch, the footer and help, arrows and vi keys alike")
    func oneTable() {
        let closed = Context(voteOpen: false)
        #expect(keymap.action(for: .character("k"), in: closed) == .up)
        #expect(keymap.action(for: .up, in: closed) == .up)
        #expect(keymap.action(for: .character("v"), in: closed) == nil)
        #expect(keymap.action(for: .character("v"), in: Context(voteOpen: true)) == .vote)
        #expect(keymap.footer(in: closed).map(\.label) == ["quit", "help"])
        #expect(keymap.footer(in: Context(voteOpen: true)).map(\.label) == ["quit", "help", "vote"])
        let help = keymap.help(in: closed)
        #expect(help.map(\.keys) == ["q", "?", "↑ k", "v"])
        #expect(help.last?.enabled == false)
        #expect(keymap.conflicts(in: [closed, Context(voteOpen: true)]).isEmpty)
    }

    @Test("help overlay renders from the keymap")
    func overlay() {
        var grid = Grid(width: 46, height: 9)
        HelpOverlay.render(
            keymap.help(in: Context(voteOpen: false)), closedBy: ["Esc"], scrolledBy: nil, into: &grid, grid.bounds)
        expectSnapshot(grid, "help-overlay")
    }

    @Test("help wraps a line too long for the window under its keys, never cutting it, and scrolls to the last line")
    func overlayWrapsAndScrolls() {
        let entries: [HelpOverlay.Entry] = (1...6).map { ("k\($0)", "entry \($0): a long explanation that cannot fit on one line of this narrow box, ending in END\($0)", true) }
        let area = Rect(x: 0, y: 0, width: 44, height: 12)
        let most = HelpOverlay.maximumScroll(entries, in: area)
        #expect(most > 0, "six wrapped entries are taller than the box")
        var seen: [String] = []
        for scroll in 0...most {
            var grid = Grid(width: 44, height: 12)
            HelpOverlay.render(entries, scroll: scroll, closedBy: ["Esc"], scrolledBy: "↑↓", into: &grid, area)
            seen += grid.lines
            if scroll == 0 { #expect(grid.lines.joined().contains("scroll"), "says that it scrolls") }
        }
        for index in 1...6 { #expect(seen.contains { $0.contains("END\(index)") }, "END\(index) never shown") }
        #expect(!seen.joined().contains("…"), "no line is cut")
    }
}

@Suite("List")
struct ListViewTests {
    @Test("a list draws from the scroll position it is given, revealing keeps the selection in view, and marks what lies beyond")
    func scrolling() {
        var list = ListView(items: (1...8).map { ("Action A1.\($0)", .normal) }, position: ScrollPosition(selected: 5))
        var grid = Grid(width: 20, height: 3)
        list.position.reveal(visible: 3, count: 8)
        list.render(into: &grid, grid.bounds)
        #expect(grid.lines == [" Action A1.4       ▲", " Action A1.5        ", " Action A1.6       ▼"])
        #expect(grid.roles(row: 2).dropLast().allSatisfy { $0 == .selected })
        list.position.selected = 0
        list.render(into: &grid, grid.bounds)
        #expect(grid.lines.first == " Action A1.4       ▲", "the widget draws from the position it is given; it does not scroll")
        list.position.reveal(visible: 3, count: 8)
        list.render(into: &grid, grid.bounds)
        #expect(grid.lines.first == " Action A1.1        ")
    }
}
