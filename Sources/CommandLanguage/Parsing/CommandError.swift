import Foundation
import MeetingKit

/// Why a command line could not become a command: it names the command and what was expected.
public struct CommandError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    /// Where in the line the fault is (a character offset), when it is one place: the console puts the
    /// cursor there.
    public var position: Int?
    public init(_ message: String, at position: Int? = nil) {
        self.message = message
        self.position = position
    }
    public var description: String { message }
}
