/// A colour theme: a style for every role. Loaded from `Themes/*.toml`; see `ThemeLoader`.
public struct Theme: Hashable, Sendable {
    public var name: String
    public var styles: [StyleRole: ThemeStyle]

    public func style(_ role: StyleRole) -> ThemeStyle { styles[role] ?? styles[.normal] ?? ThemeStyle() }

    /// The theme as a terminal with `colours` colours shows it. With none (a vt100, or NO_COLOR set), colours
    /// go but bold and reverse stay, and a role that was told apart only by its background is reversed,
    /// so a selected row or a lost quorum is still visible.
    public func adapted(toColours colours: Int) -> Theme {
        var adapted = self
        for (role, style) in styles {
            var s = style
            let foreground = style.foreground.downgraded(to: colours)
            let background = style.background.downgraded(to: colours)
            s.foreground = foreground ?? .terminalDefault
            s.background = background ?? .terminalDefault
            if colours == 0, style.background != .terminalDefault { s.reverse = true }
            if colours > 0 && colours < 16, case .indexed(let n) = style.foreground, (8...15).contains(n) {
                // Eight colours have no grey: bright black would become black, unreadable on a dark screen
                // (TERM=linux). Grey keeps the terminal's own colour; other bright colours keep their
                // brightness as bold.
                if n == 8 { s.foreground = .terminalDefault } else { s.bold = true }
            }
            if s.foreground != .terminalDefault, s.foreground == s.background {
                // Two colours that became one: the text would vanish into its background.
                s.foreground = .terminalDefault
                s.reverse.toggle()
            }
            adapted.styles[role] = s
        }
        return adapted
    }
}
