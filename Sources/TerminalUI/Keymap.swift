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

/// One binding: the keys, the action, a short label for the footer, a help line, and when it applies.
public struct KeyBinding<Action: Hashable & Sendable, Context>: Sendable {
    public var keys: [Key]
    public var action: Action
    public var label: String
    public var help: String
    /// Whether the footer shows it (arrows and vi keys would crowd it out).
    public var inFooter: Bool
    public var isEnabled: @Sendable (Context) -> Bool

    public init(
        _ keys: [Key], _ action: Action, label: String, help: String, inFooter: Bool = true,
        when isEnabled: @escaping @Sendable (Context) -> Bool = { _ in true }
    ) {
        self.keys = keys
        self.action = action
        self.label = label
        self.help = help
        self.inFooter = inFooter
        self.isEnabled = isEnabled
    }
}

/// The single table of key bindings. Dispatch, the footer and the `?` help overlay all read it, so help
/// can never drift from behaviour (after tig and lazygit).
public struct Keymap<Action: Hashable & Sendable, Context>: Sendable {
    public var bindings: [KeyBinding<Action, Context>]

    public init(_ bindings: [KeyBinding<Action, Context>]) { self.bindings = bindings }

    /// The action `key` triggers now, if any: the first enabled binding that lists it.
    public func action(for key: Key, in context: Context) -> Action? {
        bindings.first { $0.keys.contains(key) && $0.isEnabled(context) }?.action
    }

    /// Footer entries for what is enabled now: ("q", "quit").
    public func footer(in context: Context, ascii: Bool = false) -> [(key: String, label: String)] {
        bindings.filter { $0.inFooter && $0.isEnabled(context) }.map {
            ($0.keys.first?.label(ascii: ascii) ?? "", $0.label)
        }
    }

    /// Help lines for every binding, enabled now or not: ("↑ k", "move up", enabled).
    public func help(in context: Context, ascii: Bool = false) -> [(keys: String, help: String, enabled: Bool)] {
        bindings.map { ($0.keys.map { $0.label(ascii: ascii) }.joined(separator: " "), $0.help, $0.isEnabled(context)) }
    }

    /// Keys bound twice where both bindings can be enabled at once: a defect a test looks for.
    public func conflicts(in contexts: [Context]) -> [Key] {
        var found: Set<Key> = []
        for context in contexts {
            var seen: Set<Key> = []
            for binding in bindings where binding.isEnabled(context) {
                for key in binding.keys where !seen.insert(key).inserted { found.insert(key) }
            }
        }
        return Array(found)
    }
}
