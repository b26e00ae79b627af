import TOMLKit

/// A TOML file as Gavel reads every one (constitution, theme, configuration): guarded, parsed, and with the
/// line of each key kept for the problems found after parsing.
public struct TOMLDocument {
    public let root: TOMLTable
    public let file: String
    private let lines: SourceLines

    /// `text`, read from `file` (which names it in problems), or the problem that stops it being read.
    public static func parse(_ text: String, file: String) throws(TOMLProblem) -> TOMLDocument {
        func problem(_ line: Int?, _ message: String) -> TOMLProblem {
            TOMLProblem(file: file, line: line, key: nil, message: message)
        }
        if let guarded = TOMLGuard.check(text) { throw problem(guarded.line, guarded.message) }
        do {
            return TOMLDocument(root: try TOMLTable(string: text), file: file, lines: SourceLines(text))
        } catch let error as TOMLParseError {
            throw problem(error.source.begin.line, "not valid TOML: \(error.description)")
        } catch {
            throw problem(nil, "not valid TOML: \(error)")
        }
    }

    /// The line of `key` ("rules.decision", "seat[2].proxy"), else of the nearest table around it.
    public func line(of key: String) -> Int? { lines.line(of: key) }

    /// A problem with `key` (nil: the file as a whole), at its line.
    public func problem(_ key: String?, _ message: String) -> TOMLProblem {
        TOMLProblem(file: file, line: key.flatMap(line(of:)), key: key, message: message)
    }
}

extension TOMLDocument {
    /// The one wording of a key a format does not have, naming those it does so a typo is seen beside its
    /// spelling: "unknown key 'quorom'; the keys are body, quorum, rules". `kind` is what the table's
    /// keys are ("role", "setting").
    public static func unknownKey(_ key: String, kind: String = "key", known: [String]) -> String {
        "unknown \(kind) '\(key)'; the \(kind)s are \(known.joined(separator: ", "))"
    }

    /// Every key of `table` (at `path`, nil for the root) that is not one of `known`, each a problem at its
    /// own line, worded by `unknownKey`.
    public func unknownKeys(
        in table: TOMLTable, at path: String? = nil, kind: String = "key", known: [String]
    ) -> [TOMLProblem] {
        table.keys.filter { !known.contains($0) }.map { key in
            problem(path.map { "\($0).\(key)" } ?? key, Self.unknownKey(key, kind: kind, known: known))
        }
    }

    /// Throws the problem that comes first in the file, if there is one: a reader that stops at its first
    /// problem names the one a person reading down the file meets first, whichever table it is in.
    public static func throwFirst(of problems: [TOMLProblem]) throws(TOMLProblem) {
        if let first = problems.min(by: { ($0.line ?? .max, $0.key ?? "") < ($1.line ?? .max, $1.key ?? "") }) {
            throw first
        }
    }
}
