import Foundation
import MeetingKit
import TextHazards

/// The series' registers written as Markdown, CSV, a printable HTML page or JSON, with the same escaping
/// as the minutes: each format's own escape over the one classification of hazards.
public enum RegisterFormats {
    public static let formats = ["md", "csv", "html", "json"]

    /// The UTF-8 byte-order mark a CSV begins with by default: LibreOffice's import and Excel take a file
    /// without it for the system's legacy code page ("tied 3â€“3"); with it both read UTF-8. Python's csv
    /// reads it with `encoding="utf-8-sig"`; a pipeline that wants bare UTF-8 asks for `--no-byte-order-mark`.
    public static let byteOrderMark = "\u{FEFF}"

    /// A CSV holds one table; several are written one file each or chosen with `--table`.
    public struct SeveralTables: Error, CustomStringConvertible {
        public var description: String { "a CSV file holds one table" }
    }

    public static func render(_ tables: [RegisterTable], series: String, format: String) throws -> String {
        switch format {
        case "csv":
            guard tables.count == 1 else { throw SeveralTables() }
            return csv(tables[0])
        case "html": return html(tables, series: series)
        case "json": return try json(tables, series: series)
        default: return markdown(tables, series: series)
        }
    }

    static func markdown(_ tables: [RegisterTable], series: String) -> String {
        var out = "# \(MarkdownText.escape(series))\n"
        for table in tables {
            out += "\n## \(MarkdownText.escape(table.title))\n\n"
            out += "| " + table.columns.map(MarkdownText.escape).joined(separator: " | ") + " |\n"
            out += "|" + String(repeating: "---|", count: table.columns.count) + "\n"
            for row in table.rows { out += "| " + row.map(MarkdownText.escape).joined(separator: " | ") + " |\n" }
            if table.rows.isEmpty { out += "\nNothing recorded.\n" }
            for note in table.notes { out += "\n\(MarkdownText.atLineStart(MarkdownText.escape(note)))\n" }
        }
        return out
    }

    /// One table, RFC 4180, its header on the first line and nothing but rows after it, so any reader of
    /// CSV takes it as one table; formulas defused. Notes under a table are not rows: the command prints them.
    public static func csv(_ table: RegisterTable) -> String {
        ([table.columns] + table.rows)
            .map { $0.map(ActionRegisterFormats.csvCell).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    static func html(_ tables: [RegisterTable], series: String) -> String {
        var out =
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            + "<title>\(HTMLMinutes.escape(series))</title>\n<style>\(HTMLMinutes.style)</style>\n</head>\n<body>\n"
            + "<main>\n"
        out += "<h1>\(HTMLMinutes.escape(series))</h1>\n"
        for table in tables {
            out +=
                "<h2>\(HTMLMinutes.escape(table.title))</h2>\n<table>\n<thead><tr>"
                + table.columns.map { "<th>\(HTMLMinutes.escape($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
            out += table.rows.map { "<tr>" + $0.map { "<td>\(HTMLMinutes.escape($0))</td>" }.joined() + "</tr>\n" }
                .joined()
            out += "</tbody>\n</table>\n" + table.notes.map { "<p>\(HTMLMinutes.escape($0))</p>\n" }.joined()
        }
        return out + "</main>\n</body>\n</html>\n"
    }

    /// Each register as `title`, `notes` and `rows`, each row an object keyed by its column.
    static func json(_ tables: [RegisterTable], series: String) throws -> String {
        struct Register: Encodable {
            var title: String
            var rows: [[String: String]]
            var notes: [String]
        }
        struct Envelope: Encodable {
            var format = "gavel-registers/1"
            var series: String
            var registers: [Register]
        }
        let registers = tables.map { table in
            Register(
                title: table.title,
                rows: table.rows.map { Dictionary(uniqueKeysWithValues: zip(table.columns, $0).map { ($0, $1) }) },
                notes: table.notes)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(Envelope(series: series, registers: registers))
        return TextHazard.escapingJSON(String(decoding: data, as: UTF8.self)) + "\n"
    }
}

extension PrivacyCheck {
    /// Every cell of the registers, with where it is: the same check as the minutes before a public export.
    public static func findings(in tables: [RegisterTable]) -> [PrivacyFinding] {
        tables.flatMap { table in
            table.rows.enumerated().flatMap { index, row in
                zip(table.columns, row).flatMap { column, text in
                    scan(text).map {
                        PrivacyFinding(
                            kind: $0.kind, location: "\(table.title), row \(index + 1), \(column)", excerpt: $0.match)
                    }
                }
            }
        }
    }
}
