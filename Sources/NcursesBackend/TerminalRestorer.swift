import CNcurses
import Glibc
import Synchronization

/// Puts the terminal back on SIGINT, SIGQUIT, SIGTERM and SIGHUP, then exits with the signal's status, so
/// an interrupted console never leaves a garbled terminal. SIGQUIT (Ctrl-\) is here so that it ends the
/// session like Ctrl-C instead of reaching the Swift runtime's backtracer. Everything the console
/// acknowledged is already committed, so exiting here loses nothing.
enum TerminalRestorer {
    private static let installed = Atomic<Bool>(false)

    static func install() {
        guard installed.compareExchange(expected: false, desired: true, ordering: .relaxed).exchanged else { return }
        for signalNumber in [SIGINT, SIGQUIT, SIGTERM, SIGHUP] {
            signal(signalNumber) { received in
                _ = endwin()
                TerminalRestorer.writeRaw("\u{1B}[?2004l")
                _exit(128 + received)
            }
        }
    }

    /// Writes straight to the terminal's descriptor: safe inside a signal handler, unlike stdio.
    static func writeRaw(_ text: StaticString) {
        text.withUTF8Buffer { buffer in _ = write(STDOUT_FILENO, buffer.baseAddress, buffer.count) }
    }
}
