import Foundation
import MeetingKit

/// The minutes as Markdown that also reads well as plain text, for an email or a file (N1–N5). Every
/// piece of text from the record goes through `MarkdownText.escape`.
public enum MarkdownMinutes {
    public static func render(
        _ document: MinutesDocument, head: String, signature: MinutesOutline.Signature? = nil,
        earlierSignatures: [MinutesOutline.Signature] = [], timeZone: TimeZone = .current
    ) -> String {
        MinutesOutline.build(
            document, head: head, signature: signature, earlierSignatures: earlierSignatures, timeZone: timeZone
        ).map(block).joined(separator: "\n")
    }

    static func block(_ block: MinutesOutline.Block) -> String {
        switch block {
        case .title(let text): return "# " + line(text) + "\n"
        case .banner(let text): return "**" + MarkdownText.escape(text) + "**\n"
        case .heading(let text): return "## " + line(text) + "\n"
        case .paragraph(let text): return line(text) + "\n"
        case .list(let items):
            return items.map { item in
                "- " + line(item.text) + "\n" + item.children.map { "  - " + line($0) + "\n" }.joined()
            }.joined()
        case .table(let header, let rows):
            let cells = [header] + rows
            let lines = cells.map { "| " + $0.map(MarkdownText.escape).joined(separator: " | ") + " |" }
            return ([lines[0], "|" + String(repeating: "---|", count: header.count)] + lines.dropFirst()).joined(
                separator: "\n") + "\n"
        case .rule: return "---\n"
        }
    }

    /// Parts that begin a line (a paragraph, a heading's or a list item's text): a note starting `# ` or
    /// `1. ` stays text inside its list item instead of making a heading or a list of its own.
    static func line(_ parts: [MinutesOutline.Inline]) -> String { MarkdownText.atLineStart(inline(parts)) }

    static func inline(_ parts: [MinutesOutline.Inline]) -> String {
        parts.map { part in
            switch part {
            case .text(let text): MarkdownText.escape(text)
            case .strong(let text): "**" + MarkdownText.escape(text) + "**"
            case .code(let text): "`" + text.replacingOccurrences(of: "`", with: "'") + "`"
            }
        }.joined()
    }
}
