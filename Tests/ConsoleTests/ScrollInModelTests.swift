import Foundation
import MeetingKit
import Testing
@testable import Console

/// #27: the scroll lives in the model. Each change of state lays the screen out once and keeps the selection
/// in view; the view draws from the model's first row and scrolls nothing itself.
@Suite("The model keeps the scroll")
struct ScrollInModelTests {
    @Test("#27: moving past the last row shown scrolls by one row, End and Home go to the ends, the frame agrees")
    func movingScrolls() throws {
        var session = try ConsoleDriver(role: .clerk)
        let (visible, count) = (session.model.layout.visibleRows, session.model.layout.rowCount)
        #expect(count == session.model.roll.count)
        #expect(visible > 0 && visible < count, "the roll is longer than 80x24 shows: \(visible) of \(count)")
        for _ in 0..<(visible - 1) { session.press(.down) }
        #expect(session.model.firstRowShown == 0, "the last row shown is selected; nothing scrolled yet")
        session.press(.down)
        #expect(session.model.firstRowShown == 1)
        session.press(.end)
        #expect(session.model.firstRowShown == count - visible)
        #expect(session.screenText.contains(String(session.model.roll[count - 1].place.prefix(12))))
        session.press(.home)
        #expect(session.model.firstRowShown == 0)
        #expect(session.screenText.contains(String(session.model.roll[0].place.prefix(12))))
    }

    @Test("#27: a resize lays the screen out again: a taller window shows from the top, a shorter one keeps the selection")
    func resizeKeepsTheSelection() throws {
        var session = try ConsoleDriver(role: .clerk)
        let count = session.model.layout.rowCount
        session.press(.end)
        _ = session.model.update(.loop(.resized(width: 100, height: 60)))
        #expect(session.model.layout.visibleRows >= count)
        #expect(session.model.firstRowShown == 0)
        _ = session.model.update(.loop(.resized(width: 80, height: 24)))
        #expect(session.model.firstRowShown == count - session.model.layout.visibleRows)
        #expect(session.model.selected == count - 1)
    }

    @Test("#27: the log opens on its newest event, scrolled to it, and a screen's scroll does not follow to the next")
    func scrollPerScreen() throws {
        var session = try ConsoleDriver(role: .clerk)
        for index in 1...30 { try session.elsewhere(.note(MinuteText(item: nil, text: "Note \(index)")), by: .clerk) }
        session.press("6")
        let (visible, count) = (session.model.layout.visibleRows, session.model.layout.rowCount)
        #expect(count == session.model.events.count && count > visible)
        #expect(session.model.firstRowShown == count - visible)
        #expect(session.screenText.contains("Note 30"))
        session.press("1")
        #expect(session.model.firstRowShown == 0)
    }
}
