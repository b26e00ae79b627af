/// Fitting text into columns.
public enum TextFit {
    /// Cuts `text` to at most `columns` display columns, ending in `ellipsis` when cut. A wide character
    /// that would straddle the edge is dropped whole.
    /// The text is measured and cut as it is shown: escaped (`SafeText`), a TAB as `^I`, a soft hyphen as
    /// `<U+00AD>`; drawing escapes it again and finds nothing more to escape.
    public static func truncate(_ text: String, to columns: Int, ellipsis: String = "…") -> String {
        guard columns > 0 else { return "" }
        let text = SafeText.escape(text)
        if DisplayWidth.of(text) <= columns { return text }
        let room = columns - DisplayWidth.of(ellipsis)
        guard room >= 0 else { return String(ellipsis.prefix(columns)) }
        var out = ""
        var used = 0
        for character in text {
            let w = DisplayWidth.of(character)
            if used + w > room { break }
            out.append(character)
            used += w
        }
        return out + ellipsis
    }

    /// Pads or truncates to exactly `columns`.
    public static func fit(_ text: String, to columns: Int, ellipsis: String = "…") -> String {
        let cut = truncate(text, to: columns, ellipsis: ellipsis)
        return cut + String(repeating: " ", count: max(0, columns - DisplayWidth.of(cut)))
    }
}

extension TextFit {
    /// Breaks `text` into lines of at most `columns`, at spaces where it can; at most `maxLines`, the last
    /// ending in an ellipsis when cut.
    /// Measured as shown, escaped, like `truncate`: an escaped character takes the columns it is drawn in.
    /// Leading spaces are an indent every line keeps (a line that belongs under the one before, as a
    /// corrected search hit's "now reads"), while there is room beside it.
    public static func wrap(_ text: String, to columns: Int, maxLines: Int) -> [String] {
        let indent = text.prefix { $0 == " " }.count
        if indent > 0, indent < columns / 2 {
            let pad = String(repeating: " ", count: indent)
            return wrap(String(text.dropFirst(indent)), to: columns - indent, maxLines: maxLines).map { pad + $0 }
        }
        guard columns > 0, maxLines > 0 else { return [] }
        let text = SafeText.escape(text)
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
            let candidate = current.isEmpty ? word : current + " " + word
            if DisplayWidth.of(candidate) <= columns {
                current = candidate
                continue
            }
            if !current.isEmpty { lines.append(current) }
            current = word
        }
        if !current.isEmpty { lines.append(current) }
        guard lines.count > maxLines else { return lines.map { truncate($0, to: columns) } }
        var kept = Array(lines.prefix(maxLines))
        kept[maxLines - 1] = truncate(kept[maxLines - 1] + " " + lines[maxLines...].joined(separator: " "), to: columns)
        return kept.map { truncate($0, to: columns) }
    }
}
