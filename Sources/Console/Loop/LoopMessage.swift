import TerminalUI

/// A runtime's one message type: whatever else it carries, a key and the loop's own events.
protocol LoopMessage {
    static func key(_ key: Key) -> Self
    static func loop(_ event: LoopEvent) -> Self
}
