/// A check run before TOMLKit sees a text. The toml++ that TOMLKit bundles asserts, aborting the process,
/// when a table header's key starts with a character that can start no key (`[\]`, `[é]`, `[.a]`,
/// `[[[1]]]`; TOMLKit issue 30, fixed upstream in toml++ 71020a4 by the same check). Finding those headers
/// first turns the abort into an ordinary error with its line; every other malformation is left to the
/// parser, which reports it.
public enum TableHeaderGuard {
    public struct Problem: Error, Equatable, Sendable {
        public var line: Int
        public var message: String
    }

    /// The first table header whose key cannot start as written, if any.
    public static func check(_ text: String) -> Problem? {
        var scanner = Scanner(Array(text.unicodeScalars))
        return scanner.run()
    }

    /// Walks the text as TOML does, only as far as telling where a line starts outside any string, array or
    /// inline table: the only place a `[` opens a table header.
    private struct Scanner {
        let scalars: [Unicode.Scalar]
        var index = 0
        var line = 1
        /// Open arrays and inline tables of a value: a `[` inside one is a value, not a header.
        var depth = 0

        init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

        mutating func run() -> Problem? {
            var atLineStart = true
            while index < scalars.count {
                let c = scalars[index]
                switch c {
                case "\n":
                    line += 1
                    atLineStart = true
                    index += 1
                    continue
                case " ", "\t", "\r":
                    index += 1
                    continue
                case "#":
                    while index < scalars.count, scalars[index] != "\n" { index += 1 }
                    continue
                case "\"", "'":
                    skipString(quote: c)
                case "[" where atLineStart && depth == 0:
                    if let problem = header() { return problem }
                case "[", "{":
                    depth += 1
                    index += 1
                case "]", "}":
                    depth = max(0, depth - 1)
                    index += 1
                default:
                    index += 1
                }
                atLineStart = false
            }
            return nil
        }

        /// At a header's `[`: its key must start with a bare-key character or a quote (or be empty, which
        /// the parser reports itself). Moves past the header's line.
        mutating func header() -> Problem? {
            index += 1
            if index < scalars.count, scalars[index] == "[" { index += 1 }
            while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" { index += 1 }
            guard index < scalars.count else { return nil }
            let start = scalars[index]
            let bare = start.isASCII && (start.properties.isAlphabetic || ("0"..."9").contains(start) || start == "_" || start == "-")
            if !bare && start != "\"" && start != "'" && start != "]" {
                let shown = start.properties.isWhitespace || start.value < 0x20 ? "U+\(String(start.value, radix: 16, uppercase: true))" : String(start)
                return Problem(line: line, message: "a table header's key must start with a letter, digit, '_', '-' or a quote, not '\(shown)'")
            }
            while index < scalars.count, scalars[index] != "\n" {
                if scalars[index] == "\"" || scalars[index] == "'" { skipString(quote: scalars[index]) } else { index += 1 }
            }
            return nil
        }

        /// Past a string, basic or literal, single- or multi-line, counting the lines it spans.
        mutating func skipString(quote: Unicode.Scalar) {
            let triple = index + 2 < scalars.count && scalars[index + 1] == quote && scalars[index + 2] == quote
            index += triple ? 3 : 1
            while index < scalars.count {
                let c = scalars[index]
                if c == "\\" && quote == "\"" {
                    index += 2
                    continue
                }
                if c == "\n" {
                    line += 1
                    // A single-line string ends at its line; the parser reports it unterminated.
                    if !triple { return }
                }
                if c == quote {
                    if !triple {
                        index += 1
                        return
                    }
                    if index + 2 < scalars.count && scalars[index + 1] == quote && scalars[index + 2] == quote {
                        index += 3
                        return
                    }
                }
                index += 1
            }
        }
    }
}
