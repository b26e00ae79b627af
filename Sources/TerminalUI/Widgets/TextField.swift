/// An editable line of text with a cursor, and the editing keys people expect from a shell line:
/// arrows, Home/End, ^A/^E, Backspace/Delete, ^K (to end), ^U (to start), ^W (word back), and ^Y to put
/// back what the last of those cut, as readline does, so nothing cut is lost. A paste is inserted as text,
/// with line breaks turned into spaces.
public struct TextField: Hashable, Sendable {
    public private(set) var characters: [Character]
    public private(set) var cursor: Int
    /// What ^K, ^U or ^W last cut, for ^Y.
    public private(set) var cut: [Character] = []

    public init(_ text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    public var text: String { String(characters) }

    /// What an editing key does.
    public enum Edit: Hashable, Sendable {
        case left, right, start, end, deleteBefore, deleteUnder, cutToEnd, cutToStart, cutWord, putBack
    }

    /// The editing keys: dispatch reads this table, and help lists it. Any other character is typed.
    public static let keymap = Keymap<Edit, TextField>([
        .init([.left], .left, label: "left", help: "move the cursor left", inFooter: false),
        .init([.right], .right, label: "right", help: "move the cursor right", inFooter: false),
        .init([.home, .control("a")], .start, label: "start", help: "go to the start of the line", inFooter: false),
        .init([.end, .control("e")], .end, label: "end", help: "go to the end of the line", inFooter: false),
        .init(
            [.backspace, .control("h")], .deleteBefore, label: "delete", help: "delete the character before the cursor",
            inFooter: false),
        .init(
            [.delete, .control("d")], .deleteUnder, label: "delete", help: "delete the character under the cursor",
            inFooter: false),
        .init([.control("k")], .cutToEnd, label: "cut", help: "cut to the end of the line", inFooter: false),
        .init([.control("u")], .cutToStart, label: "cut", help: "cut to the start of the line", inFooter: false),
        .init([.control("w")], .cutWord, label: "cut", help: "cut the word before the cursor", inFooter: false),
        .init([.control("y")], .putBack, label: "put back", help: "put back what was cut last", inFooter: false),
    ])

    /// Applies an editing key; returns false for keys a text field does not use (Enter, Esc, Tab…).
    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .character(let c): insert(String(c))
        case .paste(let text):
            // Line breaks and tabs become spaces; other controls in a paste are dropped, never typed.
            insert(
                String(
                    text.compactMap { character -> Character? in
                        if character.isNewline || character == "\t" { return " " }
                        return character.unicodeScalars.contains { $0.properties.generalCategory == .control }
                            ? nil : character
                    }))
        default:
            guard let edit = Self.keymap.action(for: key, in: self) else { return false }
            apply(edit)
        }
        return true
    }

    private mutating func apply(_ edit: Edit) {
        switch edit {
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .start: cursor = 0
        case .end: cursor = characters.count
        case .deleteBefore:
            guard cursor > 0 else { return }
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .deleteUnder:
            guard cursor < characters.count else { return }
            characters.remove(at: cursor)
        case .cutToEnd: cutRange(cursor..<characters.count)
        case .cutToStart: cutRange(0..<cursor)
        case .cutWord:
            var start = cursor
            while start > 0, characters[start - 1] == " " { start -= 1 }
            while start > 0, characters[start - 1] != " " { start -= 1 }
            cutRange(start..<cursor)
        case .putBack: insert(String(cut))
        }
    }

    public mutating func set(_ text: String) {
        characters = Array(text)
        cursor = characters.count
    }

    /// The text with the cursor at `cursor` characters from its start (clamped to the text).
    public mutating func set(_ text: String, cursor: Int) {
        characters = Array(text)
        self.cursor = min(max(0, cursor), characters.count)
    }

    private mutating func cutRange(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        cut = Array(characters[range])
        characters.removeSubrange(range)
        cursor = range.lowerBound
    }

    /// Inserts at the cursor. A joiner or combining mark typed on its own joins the character before it, as
    /// the text will read: the field holds the line's characters as a String counts them, so a cursor
    /// position is the same in both (#24: an emoji sequence left the cursor off by its hidden code points).
    private mutating func insert(_ text: String) {
        let before = String(characters[..<cursor]) + String(text.filter { !$0.isNewline })
        let after = String(characters[cursor...])
        characters = Array(before + after)
        cursor = min(characters.count, before.count)
    }

    /// Draws the field, scrolled so the cursor shows; returns the cursor's screen column.
    @discardableResult
    public func render(
        into grid: inout Grid, x: Int, y: Int, width: Int, prompt: String = "", ascii: Bool = false
    ) -> Int {
        grid.fill(Rect(x: x, y: y, width: width, height: 1), role: .input)
        let promptWidth = grid.put(prompt, x: x, y: y, limit: width, role: .input, ascii: ascii)
        let room = max(1, width - promptWidth - 1)
        // Scroll so that the cursor stays inside the visible part.
        var start = 0
        while DisplayWidth.of(String(characters[start..<cursor])) >= room { start += 1 }
        var visible = ""
        var used = 0
        for character in characters[start...] {
            let w = DisplayWidth.of(SafeText.escape(String(character), asciiOnly: ascii))
            if used + w > room { break }
            visible.append(character)
            used += w
        }
        grid.put(visible, x: x + promptWidth, y: y, limit: room, role: .input, ascii: ascii)
        return x + promptWidth + DisplayWidth.of(SafeText.escape(String(characters[start..<cursor]), asciiOnly: ascii))
    }
}
