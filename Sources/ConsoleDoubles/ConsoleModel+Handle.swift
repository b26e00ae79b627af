import Console
import TerminalUI

extension ConsoleModel {
    /// One key through `update`, for a test that checks the key's one effect rather than run it.
    public mutating func handle(_ key: Key) -> Effect { update(.key(key)).first ?? .none }
}
