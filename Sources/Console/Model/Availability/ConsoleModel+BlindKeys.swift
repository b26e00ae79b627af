import Foundation
import TerminalUI

/// A key records only what its screen shows (issue #24): while the window is too small to draw the screen,
/// or help or search results cover it, a key that would act on the screen underneath says why it did not.
extension ConsoleModel {
    /// Whether the window is large enough to draw the screen; below it the console shows only a request to
    /// enlarge the window, so no row, seat or item a key would act on is visible.
    public var windowShowsScreen: Bool {
        width >= ConsoleView.minimumSize.width && height >= ConsoleView.minimumSize.height
    }

    /// What a key pressed while the window is too small says instead of acting; `q` still leaves, as the
    /// record holds everything already done.
    func whyNotWhileTooSmall(_ key: Key) -> String? {
        guard !windowShowsScreen, key != .resize else { return nil }
        if mode == .browse, ConsoleKeys.binds(key, to: .quit) { return nil }
        return LoopWording.keyDidNothing(
            key.label(), width: width, height: height, tooSmallToShow: "what it acts on",
            enlarge: "Enlarge it to \(ConsoleView.minimumSize.width)x\(ConsoleView.minimumSize.height).")
    }

    /// What a key that is not one of help's (or the search results') own says: the screen underneath is
    /// covered, so its keys wait until the overlay is closed.
    func whyNotUnderOverlay(_ key: Key) -> String {
        let overlay = mode == .help ? "help" : "the search results"
        if ConsoleKeys.help.bindings.contains(where: { $0.keys.contains(key) }) {
            let whole = layout.overlayScrollLimit == 0
            return
                "\(key.label()) did nothing: \(overlay) \(whole ? "fits" : "is scrolled as far as it goes") that way."
        }
        return
            "\(key.label()) did nothing: \(overlay) \(mode == .help ? "covers" : "cover") the screen. "
            + "\(ConsoleKeys.help.keyLabel(of: .close) ?? "") closes it first."
    }
}
