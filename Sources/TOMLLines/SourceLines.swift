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
                prefix = "\(Self.resolve(name, in: arrayCounts, last: false))[\(position)]"
                lines[prefix] = lineNumber
                // The array as a whole is where its first table is: `seat` names `[[seat]]`'s first line.
                if lines[name] == nil { lines[name] = lineNumber }
            } else if line.hasPrefix("[") {
                // `[seat.extra]` after `[[seat]]` belongs to the last seat: "seat[2].extra".
                prefix = Self.resolve(Self.unquote(line.dropFirst().prefix { $0 != "]" }), in: arrayCounts, last: true)
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

    /// `dotted` with each part that names an array of tables seen so far indexed at its latest table, as TOML
    /// reads a header under it; the whole path itself only when `last` (an array's own header is indexed by
    /// the caller).
    private static func resolve(_ dotted: String, in arrays: [String: Int], last: Bool) -> String {
        let parts = dotted.split(separator: ".").map(String.init)
        var raw = "", resolved = ""
        for (index, part) in parts.enumerated() {
            raw = raw.isEmpty ? part : raw + "." + part
            resolved = resolved.isEmpty ? part : resolved + "." + part
            if index < parts.count - 1 || last, let count = arrays[raw] { resolved += "[\(count - 1)]" }
        }
        return resolved
    }

    private static func unquote(_ text: Substring) -> String {
        text.split(separator: ".").map { $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: ["\"", "'"]) }
            .joined(separator: ".")
    }
}
