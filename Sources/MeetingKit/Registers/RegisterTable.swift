/// A register across the series, as every format writes it: a title, its columns, its rows as text, and
/// notes under it (what was left out, and why).
public struct RegisterTable: Hashable, Sendable {
    public var title: String
    public var columns: [String]
    public var rows: [[String]]
    public var notes: [String] = []

    public init(title: String, columns: [String], rows: [[String]], notes: [String] = []) {
        (self.title, self.columns, self.rows, self.notes) = (title, columns, rows, notes)
    }
}
