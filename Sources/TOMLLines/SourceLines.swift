import Foundation

/// Where each table and key of a TOML text sits, by field path ("rules.decision", "seat[2].proxy",
/// "people.special-schools"), so a problem found after parsing can still name its line. TOMLKit reports
/// lines for syntax errors only; this covers the plain tables, arrays of tables and `key = value` lines
/// a constitution file is written in.
public struct SourceLines: Sendable {
    private var lines: [String: Int] = [:]

    public init(_ text: String) {
        var prefix = ""
        var arrayCounts: [String: Int] = [:]
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNumber = index + 1
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("[[") {
                let name = Self.unquote(line.dropFirst(2).prefix { $0 != "]" })
                let position = arrayCounts[name, default: 0]
                arrayCounts[name] = position + 1
                prefix = "\(name)[\(position)]"
                lines[prefix] = lineNumber
            } else if line.hasPrefix("[") {
                prefix = Self.unquote(line.dropFirst().prefix { $0 != "]" })
                lines[prefix] = lineNumber
            } else if !line.hasPrefix("#"), let equals = line.firstIndex(of: "=") {
                let key = Self.unquote(line[..<equals])
                lines[prefix.isEmpty ? key : "\(prefix).\(key)"] = lineNumber
            }
        }
    }

    /// The line of `field`, else of the nearest enclosing table that has one.
    public func line(of field: String) -> Int? {
        var path = Substring(field)
        while !path.isEmpty {
            if let line = lines[String(path)] { return line }
            guard let cut = path.lastIndex(where: { $0 == "." || $0 == "[" }) else { break }
            path = path[..<cut]
        }
        return nil
    }

    private static func unquote(_ text: Substring) -> String {
        text.split(separator: ".").map { $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: ["\"", "'"]) }
            .joined(separator: ".")
    }
}
