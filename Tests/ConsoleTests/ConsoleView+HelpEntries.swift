@testable import Console
import TerminalUI

extension ConsoleView {
    /// Help's entries in one list, its sections run together: what a test looks through for one key.
    static func helpEntries(_ model: ConsoleModel, ascii: Bool) -> [HelpOverlay.Entry] {
        helpSections(model, ascii: ascii).flatMap { $0 }
    }
}
