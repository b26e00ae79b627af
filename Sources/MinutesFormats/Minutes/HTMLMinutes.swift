import Foundation
import TextHazards
import MeetingKit

/// The minutes as one self-contained, printable HTML page: no script, no external asset, a print
/// stylesheet, and on the private record a CONFIDENTIAL banner that repeats on every printed page (N4).
public enum HTMLMinutes {
    public static func render(
        _ document: MinutesDocument, head: String, signature: MinutesOutline.Signature? = nil,
        earlierSignatures: [MinutesOutline.Signature] = [], timeZone: TimeZone = .current
    ) -> String {
        let blocks = MinutesOutline.build(
            document, head: head, signature: signature, earlierSignatures: earlierSignatures, timeZone: timeZone)
        var title = "Minutes"
        if case .title(let parts)? = blocks.first { title = parts.map(\.plainText).joined() }
        var out = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(title))</title>
            <style>\(style)</style>
            </head>
            <body>

            """
        let main = "<main>\n" + blocks.map(block).joined() + "</main>\n"
        guard document.includesConfidential else { return out + main + "</body>\n</html>\n" }
        // N4: a table's header row repeats at the top of every printed page in the space it takes, so the
        // banner never shares a line with content (a fixed element would be drawn over page 2's first lines).
        out +=
            "<table class=\"print-frame\">\n<thead><tr><td><div class=\"confidential-page\">CONFIDENTIAL: the private "
            + "record (N4)</div></td></tr></thead>\n"
        out += "<tbody><tr><td>\n" + main + "</td></tr></tbody>\n</table>\n</body>\n</html>\n"
        return out
    }

    static let style = """

        body { font: 11pt/1.45 Georgia, "Times New Roman", serif; color: #111; margin: 2em auto; max-width: 46em; \
        padding: 0 1em; }
        h1 { font-size: 1.6em; margin-bottom: 0.4em; } h2 { font-size: 1.2em; margin-top: 1.6em; \
        border-bottom: 1px solid #999; }
        table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #999; padding: 0.25em 0.5em; \
        text-align: left; vertical-align: top; }
        .banner { font-weight: bold; color: #a00; border: 2px solid #a00; padding: 0.3em 0.6em; }
        .confidential-page { display: none; }
        code { font-family: "DejaVu Sans Mono", monospace; font-size: 0.9em; }
        /* A command is one unit: never wrapped at its "--", never split across lines or pages. */
        .print-frame, .print-frame > * > tr > td { border: none; padding: 0; width: 100%; }
        @page { size: A4; margin: 18mm 16mm; }
        @media print {
          body { margin: 0; max-width: none; font-size: 10pt; }
          h2 { break-after: avoid; } tr, li, p { break-inside: avoid; }
          .print-frame > tbody > tr { break-inside: auto; }
          code { white-space: nowrap; }
          .confidential-page { display: block; text-align: center; font-weight: bold; color: #a00; \
        padding-bottom: 0.6em; }
        }

        """

    static func block(_ block: MinutesOutline.Block) -> String {
        switch block {
        case .title(let text): return "<h1>\(inline(text))</h1>\n"
        case .banner(let text): return "<p class=\"banner\">\(escape(text))</p>\n"
        case .heading(let text): return "<h2>\(inline(text))</h2>\n"
        case .paragraph(let text): return "<p>\(inline(text))</p>\n"
        case .list(let items):
            return "<ul>\n"
                + items.map { item in
                    let children =
                        item.children.isEmpty
                        ? "" : "\n<ul>\n" + item.children.map { "<li>\(inline($0))</li>\n" }.joined() + "</ul>\n"
                    return "<li>\(inline(item.text))\(children)</li>\n"
                }.joined() + "</ul>\n"
        case .table(let header, let rows):
            return "<table>\n<thead><tr>" + header.map { "<th>\(escape($0))</th>" }.joined()
                + "</tr></thead>\n<tbody>\n"
                + rows.map { "<tr>" + $0.map { "<td>\(escape($0))</td>" }.joined() + "</tr>\n" }.joined()
                + "</tbody>\n</table>\n"
        case .rule: return "<hr>\n"
        }
    }

    static func inline(_ parts: [MinutesOutline.Inline]) -> String {
        parts.map { part in
            switch part {
            case .text(let text): escape(text)
            case .strong(let text): "<strong>\(escape(text))</strong>"
            case .code(let text): "<code>\(escape(text))</code>"
            }
        }.joined()
    }

    /// Text from the record as HTML or XML character data (the Word minutes use it too): markup characters
    /// as entities, hazards and noncharacters (which XML forbids) shown as their code points, line breaks
    /// as spaces.
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x26: out += "&amp;"
            case 0x3C: out += "&lt;"
            case 0x3E: out += "&gt;"
            case 0x22: out += "&quot;"
            case 0x27: out += "&#39;"
            default:
                switch TextHazard.of(scalar) {
                case .lineBreak?: out += " "
                case _?: out += "&lt;\(TextHazard.codePoint(scalar))&gt;"
                case nil where scalar.properties.isNoncharacterCodePoint:
                    out += "&lt;\(TextHazard.codePoint(scalar))&gt;"
                case nil: out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
