import MeetingKit

/// Completion for the command line: command words first, then seats, people, motions and items, from
/// the same table that parses, so completion cannot offer what parsing refuses.
public enum Completion {
    /// Candidates for the word being typed at the end of `line`. A word may be a quoted name still open
    /// (`who="Pri`), spaces and all; a name is matched with or without its opening quote, in any case.
    public static func candidates(for line: String, state: MeetingState) -> [String] {
        let start = wordStart(in: line)
        let partial = String(line[start...]).lowercased()
        let done = line[..<start].split(whereSeparator: \.isWhitespace).map { String($0).lowercased() }
        // Still on the command's own words?
        let commandWords = CommandCatalog.all.filter { spec in
            spec.words.count > done.count && Array(spec.words.prefix(done.count)) == done && spec.isAvailable(state)
        }.map { $0.words[done.count] }
        if !commandWords.isEmpty, !partial.contains("=") {
            let matches = Set(commandWords.filter { $0.hasPrefix(partial) }).sorted()
            if !matches.isEmpty { return matches }
        }
        guard let tokens = try? Tokenizer.tokenize(done.joined(separator: " ")),
            let (spec, consumed) = CommandParser.match(tokens)
        else { return [] }
        if let equals = partial.firstIndex(of: "=") {
            let key = String(partial[..<equals])
            let typed = String(partial[partial.index(after: equals)...])
            guard let option = spec.options.first(where: { $0.name == key }) else { return [] }
            return option.kind.candidates(in: state).filter { matches($0, typed) }.map { "\(key)=\($0)" }
        }
        let position = tokens.count - consumed
        let parameter =
            spec.parameters.indices.contains(position)
            ? spec.parameters[position] : spec.parameters.last(where: \.variadic)
        var candidates = parameter?.kind.candidates(in: state) ?? []
        // Inside a quote only a quoted name can follow; flags and options cannot start there (#24).
        // An option or flag already on the line is not offered again (#24).
        let used = Set(
            tokens.compactMap { token -> String? in
                switch token.kind {
                case .option(let key, _): key + "="
                case .word(let word): word.lowercased()
                case .text: nil
                }
            })
        if !partial.hasPrefix("\"") {
            candidates += (spec.flags + spec.options.map { $0.name + "=" }).filter { !used.contains($0) }
        }
        return candidates.filter { matches($0, partial) && (!partial.hasPrefix("\"") || $0.hasPrefix("\"")) }
    }

    /// Where the word being typed at the end of `line` starts: after the last space outside quotes, so an
    /// open quote's words are one word.
    public static func wordStart(in line: String) -> String.Index { scan(line).wordStart }

    /// Whether `line` ends inside a quote it opened.
    public static func endsInOpenQuote(_ line: String) -> Bool { scan(line).quoted }

    /// One pass over `line` as the tokenizer reads quotes (`\"` and `\\` escape inside them): where its last
    /// word starts, and whether it ends inside a quote.
    private static func scan(_ line: String) -> (wordStart: String.Index, quoted: Bool) {
        var start = line.startIndex
        var quoted = false
        var escaped = false
        for index in line.indices {
            let character = line[index]
            if escaped {
                escaped = false
            } else if character == "\\" && quoted {
                escaped = true
            } else if character == "\"" {
                quoted.toggle()
            } else if character.isWhitespace && !quoted {
                start = line.index(after: index)
            }
        }
        return (start, quoted)
    }

    /// A candidate matches what was typed, in any case, whether or not either opens with a quote.
    private static func matches(_ candidate: String, _ typed: String) -> Bool {
        func bare(_ text: String) -> String { String(text.lowercased().drop { $0 == "\"" }) }
        return bare(candidate).hasPrefix(bare(typed))
    }
}
