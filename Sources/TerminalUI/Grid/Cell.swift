/// One terminal cell: a grapheme, its width, and its role. A wide character is followed by a
/// continuation cell (width 0) that holds nothing of its own.
public struct Cell: Hashable, Sendable {
    public var character: Character
    public var width: Int
    public var role: StyleRole

    public static let blank = Cell(character: " ", width: 1, role: .normal)
    public static func continuation(_ role: StyleRole) -> Cell { Cell(character: " ", width: 0, role: role) }
}
