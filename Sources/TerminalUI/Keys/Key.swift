/// A key as the console sees it, whatever terminal sent it.
public enum Key: Hashable, Sendable {
    case character(Character)
    case control(Character)
    case up, down, left, right, home, end, pageUp, pageDown
    case enter, escape, tab, backTab, backspace, delete, insert
    case function(Int)
    case resize
    /// Text arriving in one burst (a paste): inserted as text, never read as commands.
    case paste(String)

    /// How the footer and help show it: "↑", "^K", "F2", "q".
    public func label(ascii: Bool = false) -> String {
        switch self {
        case .character(" "): "Space"
        case .character(let c): String(c)
        case .control(let c): "^" + String(c).uppercased()
        case .up: ascii ? "Up" : "↑"
        case .down: ascii ? "Down" : "↓"
        case .left: ascii ? "Left" : "←"
        case .right: ascii ? "Right" : "→"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "S-Tab"
        case .backspace: "Bksp"
        case .delete: "Del"
        case .insert: "Ins"
        case .function(let n): "F\(n)"
        case .resize: "resize"
        case .paste: "paste"
        }
    }
}
