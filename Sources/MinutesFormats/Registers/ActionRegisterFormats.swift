import Foundation
import MeetingKit
import TextHazards

/// The action register as CSV for a spreadsheet, or as a Markdown table for an email (N2).
public enum ActionRegisterFormats {
    static let header = [
        "Action", "Raised at meeting", "What", "Who", "Due", "Status", "Closed at meeting", "Closing note",
    ]

    static func cells(_ row: ActionRegister.Row) -> [String] {
        let status = row.isOpen ? (row.overdue ? "OVERDUE" : "open") : "closed"
        return [
            row.id.rawValue, "\(row.raisedAt)", row.what, row.who, row.due.map { "\($0)" } ?? "", status,
            row.closedAt.map { "\($0)" } ?? "", row.closedNote ?? "",
        ]
    }

    /// RFC 4180 CSV. A cell that a spreadsheet would take for a formula (=, +, -, @ after any leading blanks,
    /// or a tab or return first) is prefixed with an apostrophe, so record text can never run as one.
    public static func csv(_ register: ActionRegister) -> String {
        ([header] + register.rows.map(cells)).map { $0.map(csvCell).joined(separator: ",") }.joined(separator: "\r\n")
            + "\r\n"
    }

    static func csvCell(_ text: String) -> String {
        // Line breaks stay (a quoted cell holds them); every other hazard is shown, never written raw, so
        // printing the register to a terminal cannot retitle it or write its clipboard.
        var cell = ""
        for scalar in text.unicodeScalars {
            if let hazard = TextHazard.of(scalar), hazard != .lineBreak {
                cell += "<\(TextHazard.codePoint(scalar))>"
            } else {
                cell.unicodeScalars.append(scalar)
            }
        }
        if startsLikeAFormula(cell) { cell = "'" + cell }
        // By scalar, not Character: CR LF is one Character, equal to neither "\r" nor "\n". A TAB is quoted
        // too: LibreOffice's import offers TAB as a separator, and an unquoted one would split the cell.
        guard cell.unicodeScalars.contains(where: { ",\"\n\r\t".unicodeScalars.contains($0) }) else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A spreadsheet skips leading blanks before reading "=", "+", "-" or "@" as a formula, and a TAB or
    /// return first is a formula trigger of its own (OWASP's CSV injection list).
    static func startsLikeAFormula(_ cell: String) -> Bool {
        guard let first = cell.unicodeScalars.first else { return false }
        if "\t\r\n".unicodeScalars.contains(first) { return true }
        let firstVisible = cell.unicodeScalars.first { !$0.properties.isWhitespace }
        return firstVisible.map { "=+-@".unicodeScalars.contains($0) } ?? false
    }

    public static func markdown(_ register: ActionRegister, series: String) -> String {
        var out = "# Action register: \(MarkdownText.escape(series))\n\n"
        out += "| " + header.joined(separator: " | ") + " |\n"
        out += "|" + String(repeating: "---|", count: header.count) + "\n"
        for row in register.rows {
            var cells = cells(row).map(MarkdownText.escape)
            if row.overdue { cells[5] = "**OVERDUE**" }
            out += "| " + cells.joined(separator: " | ") + " |\n"
        }
        if register.rows.isEmpty { out += "\nNo actions recorded yet.\n" }
        if register.confidentialOmitted > 0 {
            out += "\n\(register.confidentialOmitted) confidential action(s) left out (N4).\n"
        }
        return out
    }
}
