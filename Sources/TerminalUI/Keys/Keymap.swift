/// The single table of key bindings. Dispatch, the footer and the `?` help overlay all read it, so help
/// can never drift from behaviour (after tig and lazygit).
public struct Keymap<Action: Hashable & Sendable, Context>: Sendable {
    public var bindings: [KeyBinding<Action, Context>]

    public init(_ bindings: [KeyBinding<Action, Context>]) { self.bindings = bindings }

    /// The action `key` triggers now, if any: the first enabled binding that lists it.
    public func action(for key: Key, in context: Context) -> Action? {
        bindings.first { $0.keys.contains(key) && $0.isEnabled(context) }?.action
    }

    /// Whether `key` is bound to `action`, whether or not that binding can act now.
    public func binds(_ key: Key, to action: Action) -> Bool {
        bindings.contains { $0.action == action && $0.keys.contains(key) }
    }

    /// The first key bound to `action`, as sentences and hints name it ("u"); nil when nothing binds it.
    public func keyLabel(of action: Action, ascii: Bool = false) -> String? {
        bindings.first { $0.action == action }?.keys.first?.label(ascii: ascii)
    }

    /// The footer's label of `action`'s first binding ("note" beside "n").
    public func footerLabel(of action: Action) -> String? {
        bindings.first { $0.action == action }?.label
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
