import Foundation
import MeetingKit
import ZIPFoundation

/// The minutes as a Word document (OOXML), the form councils and schools circulate and attach to agenda
/// packs. Built from the same outline as Markdown and HTML; paragraphs use Word's own style names (Title,
/// Heading 1, List Bullet, Table Grid), so a council's template restyles them. The private record carries
/// CONFIDENTIAL in the header of every page; the chain head is in every page's footer (N4).
public enum DocxMinutes {
    public static func render(
        _ document: MinutesDocument, head: String, signature: MinutesOutline.Signature? = nil,
        earlierSignatures: [MinutesOutline.Signature] = [], timeZone: TimeZone = .current
    ) throws -> Data {
        let blocks = MinutesOutline.build(
            document, head: head, signature: signature, earlierSignatures: earlierSignatures, timeZone: timeZone)
        var body = ""
        for block in blocks { body += xml(block) }
        let confidential = document.includesConfidential
        let parts: [(String, String)] = [
            ("[Content_Types].xml", DocxParts.contentTypes),
            ("_rels/.rels", DocxParts.packageRelationships),
            ("word/_rels/document.xml.rels", DocxParts.documentRelationships),
            ("word/styles.xml", DocxParts.styles),
            ("word/numbering.xml", DocxParts.numbering),
            (
                "word/header1.xml",
                DocxParts.header(confidential ? "CONFIDENTIAL: the private record (N4). Not for circulation." : "")
            ),
            ("word/footer1.xml", DocxParts.footer("Record: \(head). Check with gavel verify --head HASH.")),
            ("word/document.xml", DocxParts.document(body: body)),
            ("docProps/core.xml", coreProperties(document)),
        ]
        let archive = try Archive(accessMode: .create)
        // A fixed date in every entry: the same minutes make the same bytes.
        let stamp = Date(timeIntervalSince1970: 315_532_800)
        for (path, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: stamp,
                compressionMethod: .deflate
            ) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }

    /// Title, the body (as the subject), the meeting's date and time, and its clerk as creator (else Gavel).
    static func coreProperties(_ document: MinutesDocument) -> String {
        let h = document.header
        let created =
            h.openedAt.map { ISO8601DateFormatter().string(from: $0) } ?? h.date.map { "\($0)T00:00:00Z" }
            ?? "1980-01-01T00:00:00Z"
        let clerk = h.clerk.flatMap { $0.contains { !$0.isWhitespace } ? $0 : nil } ?? "Gavel"
        return DocxParts.coreProperties(
            title: escape("Minutes: " + (h.title ?? "\(h.body.rawValue) meeting")),
            subject: escape("\(h.body.fullName) (\(h.body.rawValue)), \(h.project.name)"),
            creator: escape(clerk), created: created)
    }

    static func xml(_ block: MinutesOutline.Block) -> String {
        switch block {
        case .title(let text): return paragraph(text, style: "Title")
        case .banner(let text): return paragraph([.strong(text)], style: "Banner")
        case .heading(let text): return paragraph(text, style: "Heading1")
        case .paragraph(let text): return paragraph(text, style: nil)
        case .list(let items):
            return items.map { item in
                paragraph(item.text, style: "ListBullet")
                    + item.children.map { paragraph($0, style: "ListBullet2") }.joined()
            }.joined()
        case .table(let header, let rows):
            func cell(_ text: String, bold: Bool) -> String {
                "<w:tc><w:p>\(run(bold ? .strong(text) : .text(text)))</w:p></w:tc>"
            }
            let headerRow =
                "<w:tr><w:trPr><w:tblHeader/></w:trPr>" + header.map { cell($0, bold: true) }.joined() + "</w:tr>"
            let bodyRows = rows.map {
                "<w:tr><w:trPr><w:cantSplit/></w:trPr>" + $0.map { cell($0, bold: false) }.joined() + "</w:tr>"
            }.joined()
            return "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/></w:tblPr>"
                + "<w:tblGrid>" + String(repeating: "<w:gridCol/>", count: header.count) + "</w:tblGrid>"
                + headerRow + bodyRows + "</w:tbl><w:p/>"
        case .rule:
            return
                "<w:p><w:pPr><w:pBdr><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"1\" w:color=\"999999\"/></w:pBdr>"
                + "</w:pPr></w:p>"
        }
    }

    static func paragraph(_ text: [MinutesOutline.Inline], style: String?) -> String {
        let properties = style.map { "<w:pPr><w:pStyle w:val=\"\($0)\"/></w:pPr>" } ?? ""
        return "<w:p>\(properties)\(text.map(run).joined())</w:p>"
    }

    static func run(_ inline: MinutesOutline.Inline) -> String {
        switch inline {
        case .text(let text): "<w:r><w:t xml:space=\"preserve\">\(escape(text))</w:t></w:r>"
        case .strong(let text): "<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">\(escape(text))</w:t></w:r>"
        case .code(let text):
            "<w:r><w:rPr><w:rStyle w:val=\"Code\"/></w:rPr><w:t xml:space=\"preserve\">\(escape(text))</w:t></w:r>"
        }
    }

    /// Text from the record as XML character data: the same escaping as the HTML minutes.
    static func escape(_ text: String) -> String { HTMLMinutes.escape(text) }
}
