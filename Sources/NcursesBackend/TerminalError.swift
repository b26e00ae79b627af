import CNcurses
import Glibc
import TerminalUI

public struct TerminalError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
