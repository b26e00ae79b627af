import CNcurses
import Glibc
import TerminalUI

/// The terminal, through ncurses. Screens draw into a `Grid`; this copies to the screen only the cells
/// that changed since the last frame, reads keys, and puts the terminal back as it was on every way out.
/// Use from one thread only (ncurses is not thread-safe).
public final class NcursesTerminal: TerminalDevice {
    /// True when the locale is not UTF-8 (LANG=C): draw ASCII glyphs only.
    public let ascii: Bool
    public let colours: Int
    private var styles: [StyleRole: (attributes: attr_t, pair: Int16)] = [:]
    private var previous: Grid?
    private var input = InputDecoder()
    /// When the last input arrived, to tell a paste still arriving from one that lost its terminator.
    private var lastInputAt = ContinuousClock.now
    private var screen: OpaquePointer?
    private var ended = false
    /// Where keys come from, when it can be waited on beside another descriptor (the real terminal).
    private var keyboard: Int32?
    /// Readable after a resize (see `gavel_watch_resize`).
    private var resized: WakePipe?

    /// Takes over the terminal. `noColour` (NO_COLOR set) keeps bold and reverse but drops colour.
    public init(theme: Theme, noColour: Bool) {
        _ = gavel_set_locale()
        ascii = String(cString: gavel_codeset()).uppercased().replacingOccurrences(of: "-", with: "") != "UTF8"
        _ = initscr()
        keyboard = STDIN_FILENO
        resized = Self.resizePipe()
        colours = Self.setUp(noColour: noColour)
        // Bracketed paste: the terminal marks pasted text, so it is inserted, never run as keys.
        TerminalRestorer.writeRaw("\u{1B}[?2004h")
        apply(theme)
        TerminalRestorer.install()
    }

    /// A headless terminal: output to /dev/null (the smoke test) or a file (the benchmark counts its bytes).
    public init(
        headless term: String, theme: Theme, output: String = "/dev/null", width: Int? = nil, height: Int? = nil
    ) throws(TerminalError) {
        _ = gavel_set_locale()
        ascii = false
        if let width, let height {
            setenv("COLUMNS", String(width), 1)
            setenv("LINES", String(height), 1)
        }
        guard let screen = gavel_newterm_file(term, output) else {
            throw TerminalError(message: "newterm failed for \(term)")
        }
        self.screen = screen
        _ = set_term(screen)
        colours = Self.setUp(noColour: false)
        apply(theme)
    }

    private static func setUp(noColour: Bool) -> Int {
        _ = cbreak()
        _ = noecho()
        _ = nonl()
        _ = keypad(gavel_stdscr(), true)
        _ = set_escdelay(25)
        _ = curs_set(0)
        guard !noColour, has_colors() else { return 0 }
        _ = start_color()
        _ = use_default_colors()
        return Int(gavel_colors())
    }

    /// Maps each role to attributes and a colour pair, downgrading the theme to what the terminal has.
    public func apply(_ theme: Theme) {
        let adapted = theme.adapted(toColours: colours)
        for (index, role) in StyleRole.allCases.enumerated() {
            let style = adapted.style(role)
            var attributes = gavel_a_normal()
            if style.bold { attributes |= gavel_a_bold() }
            if style.dim { attributes |= gavel_a_dim() }
            if style.reverse { attributes |= gavel_a_reverse() }
            if style.underline { attributes |= gavel_a_underline() }
            var pair: Int16 = 0
            if colours > 0, index + 1 < Int(gavel_color_pairs()) {
                pair = Int16(index + 1)
                _ = init_pair(pair, Self.number(style.foreground), Self.number(style.background))
            }
            styles[role] = (attributes, pair)
        }
        previous = nil
    }

    private static func number(_ colour: ThemeColor) -> Int16 {
        if case .indexed(let n) = colour { return Int16(n) }
        return -1
    }

    public var size: (width: Int, height: Int) { (Int(gavel_cols()), Int(gavel_lines())) }

    /// Copies `grid` to the screen, sending only the cells that differ from the last frame.
    public func draw(_ grid: Grid, cursor: (x: Int, y: Int)? = nil) {
        let window = gavel_stdscr()
        let full = previous.map { $0.width != grid.width || $0.height != grid.height } ?? true
        if full { _ = werase(window) }
        for y in 0..<grid.height {
            for x in 0..<grid.width {
                let cell = grid[x, y]
                guard cell.width > 0 else { continue }
                if !full, let previous, previous[x, y] == cell,
                    x + 1 >= grid.width || previous[x + 1, y] == grid[x + 1, y]
                {
                    continue
                }
                let style = styles[cell.role] ?? (gavel_a_normal(), 0)
                var text = Array(String(cell.character).unicodeScalars.map { wchar_t(bitPattern: $0.value) })
                text.append(0)
                if gavel_put(window, Int32(y), Int32(x), text, style.attributes, style.pair) == -2 {
                    // A character the terminal's cell cannot hold still overwrites the last frame's, as wide
                    // as it was laid out, so no stray cell is left.
                    let blank: [wchar_t] = [wchar_t(bitPattern: 0xFFFD), 0]
                    _ = gavel_put(window, Int32(y), Int32(x), blank, style.attributes, style.pair)
                    if cell.width == 2 {
                        _ = gavel_put(
                            window, Int32(y), Int32(x + 1), [wchar_t(bitPattern: 0x20), 0], style.attributes, style.pair
                        )
                    }
                }
            }
        }
        if let cursor {
            _ = curs_set(1)
            _ = wmove(window, Int32(cursor.y), Int32(cursor.x))
        } else {
            _ = curs_set(0)
        }
        _ = wnoutrefresh(window)
        _ = doupdate()
        previous = grid
    }

    /// The next key, waiting at most `timeout` milliseconds; nil when none came.
    public func readKey(timeout: Int32) -> Key? {
        if let queued = input.next() { return queued }
        wtimeout(gavel_stdscr(), timeout)
        var character: wint_t = 0
        var result = read(&character)
        // A paste arrives in one go; one still open after a pause lost its terminator, and is ended so
        // that the keys after it are keys again.
        let pasteIsStale = input.isPasting && ContinuousClock.now - lastInputAt > .milliseconds(300)
        if pasteIsStale { input.endPaste() }
        guard result != ERR else { return input.next() }
        defer { lastInputAt = ContinuousClock.now }
        // Drain what arrived with it, so escape sequences and pastes are decoded whole.
        repeat {
            input.feed(code: Int32(character), isKeyCode: result == KEY_CODE_YES)
            wtimeout(gavel_stdscr(), 0)
            result = read(&character)
        } while result != ERR
        input.flush()
        return input.next()
    }

    /// One read from ncurses: a wide character where the locale is UTF-8; elsewhere a byte, since a non-UTF-8
    /// locale cannot decode what a UTF-8 terminal sends (ncurses drops the rest of the burst at the first
    /// byte above 127), and `InputDecoder` puts the bytes together as UTF-8 itself, so "café" typed under
    /// LANG=C is kept whole (#24).
    private func read(_ character: inout wint_t) -> Int32 {
        guard ascii else { return wget_wch(gavel_stdscr(), &character) }
        let code = wgetch(gavel_stdscr())
        guard code != ERR else { return ERR }
        if code >= KEY_MIN {
            character = wint_t(code)
            return KEY_CODE_YES
        }
        character = wint_t(UInt32(truncatingIfNeeded: code) | (code >= 0x80 ? InputDecoder.rawByteMark : 0))
        return OK
    }

    /// Sleeps on the keyboard and `descriptor` together. Keys already decoded, or a paste still arriving,
    /// are handled as `readKey(timeout:)` handles them; a resize interrupts the sleep and is read as a key.
    public func readKey(timeout: Int32, wakingOn descriptor: Int32?) -> Key? {
        guard let descriptor, let keyboard, !input.isPasting else {
            return readKey(timeout: descriptor == nil ? timeout : min(timeout, TerminalWait.step))
        }
        if let queued = input.next() { return queued }
        var watched = [keyboard, descriptor, resized?.readEnd ?? -1].map {
            pollfd(fd: $0, events: Int16(POLLIN), revents: 0)
        }
        let ready = poll(&watched, nfds_t(watched.count), timeout)
        if ready > 0, watched[2].revents != 0 { resized?.drain() }
        if ready > 0, watched[0].revents == 0, watched[2].revents == 0 { return nil }
        return readKey(timeout: 0)
    }

    /// The pipe a resize writes to; nil if none could be made (then a resize shows at the next wake).
    private static func resizePipe() -> WakePipe? {
        guard let pipe = WakePipe(), gavel_watch_resize(pipe.writeEnd) == 0 else { return nil }
        return pipe
    }

    /// Forces a full redraw next frame (after a resize, or a screen another program scribbled on).
    public func invalidate() {
        previous = nil
        _ = clearok(gavel_stdscr(), true)
    }

    /// Gives the terminal back: idempotent, and also done by the signal handlers.
    public func shutdown() {
        guard !ended else { return }
        ended = true
        if resized != nil {
            gavel_unwatch_resize()
            resized = nil
        }
        _ = endwin()
        if let screen { delscreen(screen) } else { TerminalRestorer.writeRaw("\u{1B}[?2004l") }
    }

    deinit { shutdown() }
}
