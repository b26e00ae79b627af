import MeetingKit

/// Turns a typed command line into a domain command, or says what is wrong: which command, what was
/// expected, and its usage. The console's `:` line, `gavel do` and scripts all go through here.
public enum CommandParser {
    public static func parse(_ line: String, context: CommandContext) throws(CommandError) -> Command {
        let tokens: [Token]
        do { tokens = try Tokenizer.tokenize(line) } catch {
            throw CommandError(
                error.message + (error.message.contains("column") ? "" : " (at column \(error.position + 1))"),
                at: error.position)
        }
        guard !tokens.isEmpty else { throw CommandError("empty command; type 'help' for the list") }
        guard let (spec, consumed) = match(tokens) else {
            let typed = tokens.first?.value ?? ""
            throw CommandError(
                "unknown command '\(typed)'"
                    + (suggestion(for: typed).map { "; did you mean '\($0)'?" } ?? "; type 'help' for the list"))
        }
        var arguments = Arguments(spec: spec, context: context, positional: [:], options: [:], flags: [])
        arguments.lineLength = line.count
        var values: [(text: String, start: Int)] = []
        for token in tokens.dropFirst(consumed) {
            let length: Int
            switch token.kind {
            case .word(let text), .text(let text), .option(_, let text): length = text.count
            }
            if length > TextLimit.characters {
                throw CommandError(
                    "\(spec.name): a text of \(length) characters; the most one command takes is "
                        + "\(TextLimit.characters). Minute a summary, and keep the document elsewhere",
                    at: token.start)
            }
            switch token.kind {
            case .option(let key, let value):
                guard spec.options.contains(where: { $0.name == key }) else {
                    let allowed = spec.options.map(\.name)
                    throw CommandError(
                        "\(spec.name): unknown option '\(key)='"
                            + (allowed.isEmpty
                                ? "; it takes none" : "; it takes \(allowed.map { $0 + "=" }.joined(separator: ", "))")
                            + ". Usage: \(spec.usage)", at: token.start)
                }
                arguments.options[key] = value
                // The value's first character: for an empty value, just after the '=', where it goes.
                arguments.positions[key] = token.start + key.count + 1
            case .word(let word) where spec.flags.contains(word.lowercased()):
                arguments.flags.insert(word.lowercased())
            case .word(let text), .text(let text):
                values.append((text, token.start))
            }
        }
        for parameter in spec.parameters {
            if parameter.variadic {
                arguments.positional[parameter.name] = values.map(\.text)
                arguments.positions[parameter.name] = values.first?.start
                values = []
            } else if !values.isEmpty {
                let value = values.removeFirst()
                arguments.positional[parameter.name] = [value.text]
                arguments.positions[parameter.name] = value.start
            } else if !parameter.optional {
                throw CommandError(
                    "\(spec.name): expected \(parameter.name) (\(parameter.kind.noun)). Usage: \(spec.usage)",
                    at: line.count)
            }
        }
        if let extra = values.first {
            throw CommandError(
                "\(spec.name): unexpected '\(extra.text)'; put text with spaces in quotes. Usage: \(spec.usage)",
                at: extra.start)
        }
        return try spec.build(arguments)
    }

    /// The spec whose words match the most leading words of the line ("vote open" before "vote").
    static func match(_ tokens: [Token]) -> (CommandSpec, Int)? {
        let words = tokens.prefix { if case .word = $0.kind { true } else { false } }.compactMap {
            $0.value?.lowercased()
        }
        return CommandCatalog.all
            .filter { spec in spec.words.count <= words.count && Array(words.prefix(spec.words.count)) == spec.words }
            .max { $0.words.count < $1.words.count }
            .map { ($0, $0.words.count) }
    }

    /// The command word closest to a mistyped one, if any is close.
    static func suggestion(for typed: String) -> String? {
        let names = Set(CommandCatalog.all.map { $0.words[0] })
        let best = names.map { ($0, distance(typed.lowercased(), $0)) }.min { $0.1 < $1.1 }
        guard let best, best.1 <= max(1, typed.count / 3) else { return nil }
        return best.0
    }

    private static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var row = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var previous = row[0]
            row[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let current = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = current
            }
        }
        return a.isEmpty ? b.count : row[b.count]
    }
}
