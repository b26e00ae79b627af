import MeetingKit
import TOMLKit
import TOMLLines

/// Reads typed values out of one TOML table, collecting a problem (with its field path) for every key
/// that is missing, of the wrong type, or not part of the format.
final class TableReader {
    private let table: TOMLTable
    private let path: String
    private let problems: ProblemList
    private var known: Set<String> = []

    init(_ table: TOMLTable, path: String, problems: ProblemList) {
        self.table = table
        self.path = path
        self.problems = problems
    }

    func field(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    func string(_ key: String, required: Bool = false) -> String? {
        known.insert(key)
        guard let value = table[key] else {
            if required { problems.add(field(key), "missing; expected a string") }
            return nil
        }
        guard let text = value.string else {
            problems.add(field(key), "expected a string in quotes, found a \(value.type)")
            return nil
        }
        return text
    }

    func bool(_ key: String) -> Bool? {
        known.insert(key)
        guard let value = table[key] else { return nil }
        guard let flag = value.bool else {
            problems.add(field(key), "expected true or false, found a \(value.type)")
            return nil
        }
        return flag
    }

    func int(_ key: String) -> Int? {
        known.insert(key)
        guard let value = table[key] else { return nil }
        guard let number = value.int else {
            problems.add(field(key), "expected a whole number, found a \(value.type)")
            return nil
        }
        return number
    }

    /// A date written either as a TOML date (2019-05-01) or a string ("2019-05-01").
    func day(_ key: String) -> CalendarDay? {
        known.insert(key)
        guard let value = table[key] else { return nil }
        if let date = value.date { return CalendarDay(year: date.year, month: date.month, day: date.day) }
        if let text = value.string, let parsed = CalendarDay(text) { return parsed }
        problems.add(field(key), "expected a date such as 2019-05-01")
        return nil
    }

    func table(_ key: String) -> TOMLTable? {
        known.insert(key)
        guard let value = table[key] else { return nil }
        guard let inner = value.table else {
            problems.add(field(key), "expected a table [\(field(key))]")
            return nil
        }
        return inner
    }

    /// An array of tables, `[[key]]` in a file.
    func tables(_ key: String) -> [TOMLTable] {
        known.insert(key)
        guard let value = table[key] else { return [] }
        guard let array = value.array else {
            problems.add(field(key), "expected tables written [[\(key)]]")
            return []
        }
        var result: [TOMLTable] = []
        for (index, element) in array.enumerated() {
            if let inner = element.table {
                result.append(inner)
            } else {
                problems.add("\(field(key))[\(index)]", "expected a table")
            }
        }
        return result
    }

    /// Flags keys the format does not know; call after reading every expected key. A typo such as
    /// `quorom` would otherwise silently fall back to a default.
    func rejectUnknownKeys() {
        for key in table.keys.sorted() where !known.contains(key) {
            problems.add(field(key), TOMLDocument.unknownKey(key, known: known.sorted()))
        }
    }
}
