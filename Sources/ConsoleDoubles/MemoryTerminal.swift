import TerminalUI

/// A terminal in memory: keys queued by a test, the frames the loop drew kept. It hands over one key per
/// wait, as a person types, so the loop draws after each; when its keys run out it answers `q`, so a loop
/// under test always ends.
public final class MemoryTerminal: TerminalDevice {
    public var size: (width: Int, height: Int)
    public let ascii: Bool
    public private(set) var frames: [Grid] = []
    private var keys: [Key]

    public init(width: Int = 80, height: Int = 24, ascii: Bool = false, keys: [Key]) {
        size = (width, height)
        self.ascii = ascii
        self.keys = keys
    }

    /// The last frame drawn, as text.
    public var screen: String { frames.last?.lines.joined(separator: "\n") ?? "" }

    public func draw(_ grid: Grid, cursor: (x: Int, y: Int)?) { frames.append(grid) }

    public func readKey(timeout: Int32) -> Key? {
        guard timeout > 0 else { return nil }
        return keys.isEmpty ? .character("q") : keys.removeFirst()
    }

    public func invalidate() {}
}
