/// Splits a command line into tokens. Quotes are `"…"` or `'…'`; inside double quotes `\"` and `\\` escape,
/// and any other backslash is itself (`S:\ELG\notes` stays as typed). A double quote inside a bare word,
/// or text run on after a closing quote, is refused: the text meant is unclear (#24).
public enum Tokenizer {
    public struct Failure: Error, Hashable, Sendable {
        public var message: String
        public var position: Int
    }

    public static func tokenize(_ line: String) throws(Failure) -> [Token] {
        var tokens: [Token] = []
        let characters = Array(line)
        var index = 0
        while index < characters.count {
            if characters[index].isWhitespace {
                index += 1
                continue
            }
            let start = index
            if characters[index] == "\"" || characters[index] == "'" {
                let (text, next) = try quoted(characters, from: index)
                try requireEnd(characters, at: next)
                tokens.append(Token(kind: .text(text), start: start, end: next))
                index = next
                continue
            }
            var word = ""
            while index < characters.count, !characters[index].isWhitespace, characters[index] != "=" {
                if characters[index] == "\"" {
                    throw Failure(message: "a quote inside a word; put the whole text in quotes", position: index)
                }
                word.append(characters[index])
                index += 1
            }
            if index < characters.count, characters[index] == "=" {
                index += 1
                var value = ""
                if index < characters.count, characters[index] == "\"" || characters[index] == "'" {
                    let (text, next) = try quoted(characters, from: index)
                    try requireEnd(characters, at: next)
                    value = text
                    index = next
                } else {
                    while index < characters.count, !characters[index].isWhitespace {
                        if characters[index] == "\"" {
                            throw Failure(
                                message: "a quote inside a value; put the whole value in quotes", position: index)
                        }
                        value.append(characters[index])
                        index += 1
                    }
                }
                guard !word.isEmpty else {
                    throw Failure(message: "an option needs a name before '='", position: start)
                }
                tokens.append(Token(kind: .option(key: word.lowercased(), value: value), start: start, end: index))
            } else {
                tokens.append(Token(kind: .word(word), start: start, end: index))
            }
        }
        return tokens
    }

    private static func quoted(_ characters: [Character], from start: Int) throws(Failure) -> (String, Int) {
        let quote = characters[start]
        var text = ""
        var index = start + 1
        while index < characters.count {
            let character = characters[index]
            if character == quote { return (text, index + 1) }
            if quote == "\"", character == "\\", index + 1 < characters.count,
                characters[index + 1] == "\"" || characters[index + 1] == "\\"
            {
                text.append(characters[index + 1])
                index += 2
                continue
            }
            text.append(character)
            index += 1
        }
        // Where the closing quote goes: the end of the line, so the cursor waits there to type it.
        throw Failure(message: "the quote opened at column \(start + 1) is never closed", position: characters.count)
    }

    /// A closing quote ends its token: what follows must be a space or the end of the line.
    private static func requireEnd(_ characters: [Character], at index: Int) throws(Failure) {
        guard index < characters.count, !characters[index].isWhitespace else { return }
        throw Failure(
            message: "text runs on after the closing quote; put a space before it, or all of it in the quotes",
            position: index)
    }
}
