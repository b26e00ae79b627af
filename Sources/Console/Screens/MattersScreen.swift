import Foundation
import MeetingKit
import MinutesFormats
import TerminalUI

/// Open actions and the risk register carried from earlier meetings of the series, with what this
/// meeting has done to them: closed, or re-rated (N2, N3).
enum MattersScreen {
    static func render(_ model: ConsoleModel, into grid: inout Grid, _ area: Rect, ascii: Bool) {
        let matters = model.matters
        guard !matters.isEmpty else {
            grid.put(
                ConsoleModel.noMattersArising, x: 1, y: area.y + 1, limit: area.width - 2, role: .dim, ascii: ascii)
            return
        }
        let rows: [[String]] = matters.map { matter in
            switch matter.kind {
            case .action(let line, let closedNote):
                let who = line.who + (line.due.map { ", by \($0)" } ?? "")
                return [
                    line.id.rawValue, "\(matter.fromMeeting)", "\(line.what) (\(who))",
                    closedNote.map { "closed: \($0)" } ?? "open",
                ]
            case .risk(let line, let previous):
                let rating =
                    previous == line.rating ? line.rating.rawValue : "\(previous.rawValue) → \(line.rating.rawValue)"
                return [line.id.rawValue, "\(matter.fromMeeting)", "\(line.description) (owner \(line.owner))", rating]
            }
        }
        let roles: [StyleRole?] = matters.map { matter in
            if case .action(_, let closed) = matter.kind, closed != nil { return .dim }
            return nil
        }
        let table = Table(
            columns: [
                .init("Id", .length(8)), .init("From", .length(5)), .init("Action or risk", .fill(1)),
                .init("Now", .percentage(28)),
            ],
            rows: rows, rowRoles: roles, position: model.scrollPosition(rows: rows.count))
        table.render(into: &grid, area, ascii: ascii)
    }
}
