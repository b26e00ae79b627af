/// A check run before TOMLKit sees a text, for what would crash the process instead of making an error.
///
/// - The toml++ that TOMLKit bundles asserts, aborting the process, when a table header's key starts with a
///   character that can start no key (`[\]`, `[é]`, `[.a]`, `[[[1]]]`; TOMLKit issue 30, fixed upstream in
///   toml++ 71020a4 by the same check).
/// - It limits how deep arrays and inline tables nest, but not dotted keys: `a.b.c…` of 100,000 parts (in
///   a key or a header) builds tables 100,000 deep, and their recursive destructor overflows the stack.
///
/// So the text is walked once, as TOML is, far enough to tell each key and header and how deep each
/// value sits, and refused with its line when it nests deeper than `maximumDepth` or is longer than
/// `maximumSize`: limits far beyond any file Gavel reads, far below what hurts. Every other malformation is
/// left to the parser, which reports it.
public enum TOMLGuard {
    public struct Problem: Error, Equatable, Sendable {
        public var line: Int
        public var message: String
    }

    /// Tables, dotted keys, arrays and inline tables, counted together from the root. Gavel's own files
    /// nest four deep.
    public static let maximumDepth = 64
    /// Bytes. A constitution with every seat, person and rule written out is a few kilobytes.
    public static let maximumSize = 1 << 20

    /// The first thing in `text` the TOML library must not be given, if any.
    public static func check(_ text: String) -> Problem? {
        if text.utf8.count > maximumSize {
            let line = 1 + text.utf8.prefix(maximumSize).count { $0 == 0x0A }
            return Problem(
                line: line,
                message:
                    "the file is longer than \(maximumSize / 1024) KiB, more than Gavel reads; is it the right file?")
        }
        var scanner = Scanner(Array(text.unicodeScalars))
        return scanner.run()
    }

    /// Walks the text as TOML does, only as far as telling keys, headers, strings and the arrays and inline
    /// tables of values apart, and how deep each sits.
    private struct Scanner {
        let scalars: [Unicode.Scalar]
        var index = 0
        var line = 1
        /// The open arrays and inline tables of a value, each with the depth of what it holds: a `[` inside
        /// one is a value, not a header.
        var open: [(isTable: Bool, depth: Int)] = []
        /// Depth of the table the last header opened (0: the root).
        var tableDepth = 0
        /// Depth of the value being read.
        var valueDepth = 0
        /// After `{` or `,` in an inline table: a key comes next.
        var keyExpected = false

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
                case "[" where atLineStart && open.isEmpty:
                    if let problem = header() { return problem }
                case _ where (atLineStart && open.isEmpty) || keyExpected:
                    let base = open.last.map(\.depth) ?? tableDepth
                    keyExpected = false
                    if let problem = key(below: base) { return problem }
                case "\"", "'":
                    skipString(quote: c)
                case "[", "{":
                    let depth = valueDepth + 1
                    if depth > maximumDepth { return tooDeep(depth) }
                    open.append((isTable: c == "{", depth: c == "{" ? valueDepth : depth))
                    valueDepth = depth
                    keyExpected = c == "{"
                    index += 1
                case "]", "}":
                    open.removeLast(open.isEmpty ? 0 : 1)
                    valueDepth = open.last?.depth ?? tableDepth
                    index += 1
                case ",":
                    if let last = open.last {
                        keyExpected = last.isTable
                        valueDepth = last.depth
                    }
                    index += 1
                default:
                    index += 1
                }
                atLineStart = false
            }
            return nil
        }

        func tooDeep(_ depth: Int) -> Problem {
            Problem(
                line: line,
                message:
                    "values nest \(depth) deep here, deeper than Gavel reads (at most \(maximumDepth)); is a dotted "
                    + "key or a header far longer than meant?"
            )
        }

        /// At a key: counts its dotted parts up to its `=`, and sets the depth of the value that follows.
        mutating func key(below base: Int) -> Problem? {
            var parts = 1
            while index < scalars.count {
                let c = scalars[index]
                if c == "=" || c == "\n" || c == "}" || c == "," { break }
                if c == "\"" || c == "'" {
                    skipString(quote: c)
                    continue
                }
                if c == "." { parts += 1 }
                index += 1
            }
            valueDepth = base + parts
            if index < scalars.count, scalars[index] == "=" { index += 1 }
            return valueDepth > maximumDepth ? tooDeep(valueDepth) : nil
        }

        /// At a header's `[`: its key must start with a bare-key character or a quote (or be empty, which
        /// the parser reports itself), and its dotted parts set the depth of the table it opens. Moves past
        /// the header's line.
        mutating func header() -> Problem? {
            index += 1
            var depth = 1
            if index < scalars.count, scalars[index] == "[" {
                index += 1
                depth += 1
            }
            while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" { index += 1 }
            guard index < scalars.count else { return nil }
            let start = scalars[index]
            let bare =
                start.isASCII
                && (start.properties.isAlphabetic || ("0"..."9").contains(start) || start == "_" || start == "-")
            if !bare && start != "\"" && start != "'" && start != "]" {
                let shown =
                    start.properties.isWhitespace || start.value < 0x20
                    ? "U+\(String(start.value, radix: 16, uppercase: true))" : String(start)
                return Problem(
                    line: line,
                    message:
                        "not valid TOML: a table header's key must start with a letter, digit, '_', '-' or a quote, "
                        + "not '\(shown)'"
                )
            }
            while index < scalars.count, scalars[index] != "\n" {
                if scalars[index] == "\"" || scalars[index] == "'" {
                    skipString(quote: scalars[index])
                    continue
                }
                if scalars[index] == "." { depth += 1 }
                if scalars[index] == "]" || scalars[index] == "#" { break }
                index += 1
            }
            while index < scalars.count, scalars[index] != "\n" { index += 1 }
            tableDepth = depth
            valueDepth = depth
            return depth > maximumDepth ? tooDeep(depth) : nil
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
                    // A single-line string ends at its line; the parser reports it unterminated.
                    if !triple { return }
                    line += 1
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
