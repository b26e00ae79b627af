/// The fixed parts of the minutes' Word package: content types, relationships, styles, numbering, and the
/// header and footer that repeat on every page.
enum DocxParts {
    static let namespace =
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
        + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    static let contentTypes =
        declaration
            + """
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>
            """
        + wordParts.map { part, type in
            "<Override PartName=\"/word/\(part).xml\" "
                + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.\(type)+xml\"/>"
        }.joined()
            + """
            <Override PartName="/docProps/core.xml" \
            ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
            </Types>
            """

    /// The package's Word parts, each with the last word of its content type.
    private static let wordParts = [
        ("document", "document.main"), ("styles", "styles"), ("numbering", "numbering"), ("header1", "header"),
        ("footer1", "footer"),
    ]

    static let packageRelationships =
        declaration + """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" \
            Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
            Target="word/document.xml"/>\
            <Relationship Id="rId2" \
            Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" \
            Target="docProps/core.xml"/>\
            </Relationships>
            """

    static let documentRelationships =
        declaration + """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" \
            Target="styles.xml"/>\
            <Relationship Id="rId2" \
            Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" \
            Target="numbering.xml"/>\
            <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" \
            Target="header1.xml"/>\
            <Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" \
            Target="footer1.xml"/>\
            </Relationships>
            """

    /// The document's properties, which Word's File > Info and python-docx show: without them Word titles
    /// the file "Word Document" and gives no author or date. `created` is the meeting's, not the export's,
    /// so the same minutes make the same bytes. Every value arrives escaped.
    static func coreProperties(title: String, subject: String, creator: String, created: String) -> String {
        declaration + """
            <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
            xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\
            <dc:title>\(title)</dc:title><dc:subject>\(subject)</dc:subject><dc:creator>\(creator)</dc:creator>\
            <cp:lastModifiedBy>\(creator)</cp:lastModifiedBy>\
            <dcterms:created xsi:type="dcterms:W3CDTF">\(created)</dcterms:created>\
            <dcterms:modified xsi:type="dcterms:W3CDTF">\(created)</dcterms:modified>\
            </cp:coreProperties>
            """
    }

    static func document(body: String) -> String {
        declaration + "<w:document \(namespace)><w:body>\(body)"
            + "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId3\"/>"
            + "<w:footerReference w:type=\"default\" r:id=\"rId4\"/>"
            + "<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1440\" w:right=\"1247\" w:bottom=\"1440\" "
            + "w:left=\"1247\" w:header=\"708\" w:footer=\"708\" w:gutter=\"0\"/>"
            + "</w:sectPr></w:body></w:document>"
    }

    static func header(_ text: String) -> String {
        declaration + "<w:hdr \(namespace)><w:p><w:pPr><w:pStyle w:val=\"Header\"/></w:pPr>"
            + (text.isEmpty
                ? ""
                : "<w:r><w:rPr><w:b/><w:color w:val=\"AA0000\"/></w:rPr>"
                    + "<w:t xml:space=\"preserve\">\(DocxMinutes.escape(text))</w:t></w:r>")
            + "</w:p></w:hdr>"
    }

    static func footer(_ text: String) -> String {
        declaration + "<w:ftr \(namespace)><w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr>"
            + "<w:r><w:t xml:space=\"preserve\">\(DocxMinutes.escape(text)) Page </w:t></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r>"
            + "<w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r><w:r>"
            + "<w:fldChar w:fldCharType=\"end\"/></w:r>"
            + "</w:p></w:ftr>"
    }

    /// Word's own style ids and names, so a council template that defines them restyles the minutes.
    static let styles =
        declaration + "<w:styles \(namespace)>"
        + "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\" w:cs=\"Calibri\"/>"
        + "<w:sz w:val=\"22\"/><w:lang w:val=\"en-GB\"/></w:rPr></w:rPrDefault>"
        + "<w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"264\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault>"
        + "</w:docDefaults>"
        + style("paragraph", "Normal", "Normal", extra: "<w:qFormat/>", isDefault: true)
        + style(
            "paragraph", "Title", "Title",
            extra:
                "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:rPr><w:b/><w:sz w:val=\"40\"/>"
                + "</w:rPr>"
        )
        + style(
            "paragraph", "Heading1", "heading 1",
            extra:
                "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/>"
                + "<w:spacing w:before=\"360\" w:after=\"120\"/><w:outlineLvl w:val=\"0\"/></w:pPr><w:rPr><w:b/>"
                + "<w:sz w:val=\"28\"/></w:rPr>"
        )
        + style(
            "paragraph", "ListBullet", "List Bullet",
            extra:
                "<w:basedOn w:val=\"Normal\"/><w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr>"
                + "<w:spacing w:after=\"60\"/></w:pPr>"
        )
        + style(
            "paragraph", "ListBullet2", "List Bullet 2",
            extra:
                "<w:basedOn w:val=\"Normal\"/><w:pPr><w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"1\"/></w:numPr>"
                + "<w:spacing w:after=\"60\"/></w:pPr>"
        )
        + style(
            "paragraph", "Banner", "Banner",
            extra:
                "<w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr><w:pBdr>"
                + "<w:top w:val=\"single\" w:sz=\"12\" w:color=\"AA0000\"/>"
                + "<w:bottom w:val=\"single\" w:sz=\"12\" w:color=\"AA0000\"/></w:pBdr></w:pPr><w:rPr>"
                + "<w:color w:val=\"AA0000\"/></w:rPr>"
        )
        + style(
            "paragraph", "Header", "header",
            extra: "<w:basedOn w:val=\"Normal\"/><w:pPr><w:jc w:val=\"center\"/></w:pPr>")
        + style(
            "paragraph", "Footer", "footer", extra: "<w:basedOn w:val=\"Normal\"/><w:rPr><w:sz w:val=\"16\"/></w:rPr>")
        + style(
            "character", "Code", "Code", extra: "<w:rPr><w:rFonts w:ascii=\"Consolas\" w:hAnsi=\"Consolas\"/></w:rPr>")
        + style(
            "table", "TableGrid", "Table Grid",
            extra:
                "<w:tblPr><w:tblBorders><w:top w:val=\"single\" w:sz=\"4\"/><w:left w:val=\"single\" w:sz=\"4\"/>"
                + "<w:bottom w:val=\"single\" w:sz=\"4\"/><w:right w:val=\"single\" w:sz=\"4\"/>"
                + "<w:insideH w:val=\"single\" w:sz=\"4\"/><w:insideV w:val=\"single\" w:sz=\"4\"/></w:tblBorders>"
                + "<w:tblCellMar><w:left w:w=\"80\" w:type=\"dxa\"/><w:right w:w=\"80\" w:type=\"dxa\"/>"
                + "</w:tblCellMar></w:tblPr>"
        )
        + "</w:styles>"

    private static func style(
        _ type: String, _ id: String, _ name: String, extra: String, isDefault: Bool = false
    ) -> String {
        "<w:style w:type=\"\(type)\" w:styleId=\"\(id)\"\(isDefault ? " w:default=\"1\"" : "")>"
            + "<w:name w:val=\"\(name)\"/>\(extra)</w:style>"
    }

    static let numbering =
        declaration + "<w:numbering \(namespace)><w:abstractNum w:abstractNumId=\"0\">"
        + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\u{2022}\"/>"
        + "<w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"360\" w:hanging=\"360\"/></w:pPr></w:lvl>"
        + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\u{2013}\"/>"
        + "<w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"720\" w:hanging=\"360\"/></w:pPr></w:lvl>"
        + "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>"
}
