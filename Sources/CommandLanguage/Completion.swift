import MeetingKit

/// Completion for the command line: command words first, then seats, people, motions and items, from
/// the same table that parses, so completion cannot offer what parsing refuses.
public enum Completion {
    /// Candidates for the word being typed at the end of `line`.
    public static func candidates(for line: String, state: MeetingState) -> [String] {
        let endsInSpace = line.last?.isWhitespace ?? true
        let words = line.split(whereSeparator: \.isWhitespace).map { String($0).lowercased() }
        let done = endsInSpace ? words : Array(words.dropLast())
        let partial = endsInSpace ? "" : (words.last ?? "")
        // Still on the command's own words?
        let commandWords = CommandCatalog.all.filter { spec in
            spec.words.count > done.count && Array(spec.words.prefix(done.count)) == done
        }.map { $0.words[done.count] }
        if !commandWords.isEmpty, !partial.contains("=") {
            let matches = Set(commandWords.filter { $0.hasPrefix(partial) }).sorted()
            if !matches.isEmpty { return matches }
        }
        guard let tokens = try? Tokenizer.tokenize(done.joined(separator: " ")), let (spec, consumed) = CommandParser.match(tokens) else { return [] }
        if let equals = partial.firstIndex(of: "=") {
            let key = String(partial[..<equals])
            let typed = String(partial[partial.index(after: equals)...])
            guard let option = spec.options.first(where: { $0.name == key }) else { return [] }
            return option.kind.candidates(in: state).filter { $0.lowercased().hasPrefix(typed) }.map { "\(key)=\($0)" }
        }
        let position = tokens.count - consumed
        let parameter = spec.parameters.indices.contains(position) ? spec.parameters[position] : spec.parameters.last(where: \.variadic)
        var candidates = parameter?.kind.candidates(in: state) ?? []
        candidates += spec.flags + spec.options.map { $0.name + "=" }
        return candidates.filter { $0.lowercased().hasPrefix(partial) }
    }
}
