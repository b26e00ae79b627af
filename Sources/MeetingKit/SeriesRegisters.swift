import Foundation

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

/// The registers an auditor asks for, drawn from every meeting of a series: attendance, declarations of
/// interest, decisions. Unless confidential matter is asked for, each is drawn from every meeting's public
/// projection, as the public minutes are (N4).
public enum SeriesRegisters {
    public typealias Meeting = (number: Int, state: MeetingState)

    /// Each meeting as this register may show it.
    static func shown(_ meetings: [Meeting], includeConfidential: Bool) -> [Meeting] {
        includeConfidential ? meetings : meetings.map { ($0.number, $0.state.publicView.state) }
    }

    /// V6: every declaration of interest, by meeting, person and item.
    public static func interests(_ meetings: [Meeting], includeConfidential: Bool = false) -> RegisterTable {
        var table = RegisterTable(title: "Register of interests declared", columns: ["Meeting", "Date", "Person", "Item", "Interest"], rows: [])
        func declarations(_ state: MeetingState) -> Int { state.entries.count { if case .declaration = $0.kind { true } else { false } } }
        let shown = shown(meetings, includeConfidential: includeConfidential)
        let omitted = meetings.reduce(0) { $0 + declarations($1.state) } - shown.reduce(0) { $0 + declarations($1.state) }
        for (number, state) in shown {
            for entry in state.entries {
                guard case .declaration(let declaration) = entry.kind else { continue }
                table.rows.append(["\(number)", date(state), state.constitution.displayName(declaration.person), itemName(declaration.item, in: state),
                                   declaration.interest + state.correctionMark(entry.sequence)])
            }
        }
        if omitted > 0 { table.notes.append("\(omitted) confidential declaration(s) left out (N4).") }
        return table
    }

    /// V1–V5: every motion of the series with its date, item, mover, rule, tally and outcome, corrections
    /// marked; `from`/`to` keep meetings in that date range, `carried` only that outcome.
    public static func decisions(_ meetings: [Meeting], includeConfidential: Bool = false, from: CalendarDay? = nil, to: CalendarDay? = nil,
                                 carried: Bool? = nil) -> RegisterTable {
        var table = RegisterTable(title: "Register of decisions",
                                  columns: ["Meeting", "Date", "Item", "Motion", "Text", "Mover", "Rule", "Tally", "Outcome", "Indicative"], rows: [])
        var omitted = 0
        for ((number, state), full) in zip(shown(meetings, includeConfidential: includeConfidential), meetings) {
            omitted += full.state.motions.count - state.motions.count
            if let day = state.details?.date {
                if let from, day < from { continue }
                if let to, day > to { continue }
            } else if from != nil || to != nil {
                continue
            }
            for motion in state.orderedMotions {
                if let carried, motion.result?.outcome.carried != carried { continue }
                let tally = state.tally(of: motion.id).map { "\($0.inFavour) for, \($0.against) against, \($0.abstentions) abstained" } ?? ""
                let outcome = motion.result.map { "\($0.outcome.word): \($0.outcome.reason)\(state.correctionMark($0.sequence))" } ?? motion.stage.word
                table.rows.append(["\(number)", date(state), itemName(motion.draft.item, in: state), motion.id.rawValue,
                                   motion.draft.text + (motion.amendments.isEmpty ? state.correctionMark(motion.sequence) : ""),
                                   motion.draft.mover, motion.rule.fileName, motion.result == nil ? "" : tally, outcome,
                                   state.constitution.votesAreIndicative ? "yes" : "no"])
            }
        }
        if omitted > 0 { table.notes.append("\(omitted) confidential motion(s) left out (N4).") }
        return table
    }

    static func date(_ state: MeetingState) -> String { state.details.map { "\($0.date)" } ?? "-" }

    static func itemName(_ id: AgendaItemID?, in state: MeetingState) -> String {
        guard let id else { return "-" }
        // N4: a confidential item's title is matter too; its number stays (the projection marks the item).
        guard let item = state.item(id), !item.confidential || item.title != PublicProjection.confidentialItemTitle else { return "\(id)" }
        return "\(id): \(item.title)"
    }
}
