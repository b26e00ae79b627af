import Foundation

/// The registers an auditor asks for, drawn from every meeting of a series: attendance, declarations of
/// interest, decisions. Each meeting gives its `MeetingRegisterFacts`; unless confidential matter is asked
/// for, a register reads each meeting's public view of them, as the public minutes are drawn (N4).
public enum SeriesRegisters {
    public typealias Meeting = (number: Int, state: MeetingState)

    /// V6: every declaration of interest, by meeting, person and item.
    public static func interests(_ meetings: [Meeting], includeConfidential: Bool = false) -> RegisterTable {
        interests(meetings.map(MeetingRegisterFacts.init), includeConfidential: includeConfidential)
    }

    public static func interests(_ meetings: [MeetingRegisterFacts], includeConfidential: Bool = false) -> RegisterTable
    {
        let shown = meetings.map { includeConfidential ? $0.fullView : $0.publicView }
        var table = RegisterTable(
            title: "Register of interests declared", columns: ["Meeting", "Date", "Person", "Item", "Interest"],
            rows: shown.flatMap(\.interests))
        let omitted = meetings.reduce(0) { $0 + $1.fullView.interests.count } - table.rows.count
        if omitted > 0 { table.notes.append("\(omitted) confidential declaration(s) left out (N4).") }
        return table
    }

    /// V1–V5: every motion of the series with its date, item, mover, rule, tally and outcome, corrections
    /// marked; `from`/`to` keep meetings in that date range, `carried` only that outcome.
    public static func decisions(
        _ meetings: [Meeting], includeConfidential: Bool = false, from: CalendarDay? = nil, to: CalendarDay? = nil,
        carried: Bool? = nil
    ) -> RegisterTable {
        decisions(
            meetings.map(MeetingRegisterFacts.init), includeConfidential: includeConfidential, from: from, to: to,
            carried: carried)
    }

    public static func decisions(
        _ meetings: [MeetingRegisterFacts], includeConfidential: Bool = false, from: CalendarDay? = nil,
        to: CalendarDay? = nil, carried: Bool? = nil
    ) -> RegisterTable {
        var table = RegisterTable(
            title: "Register of decisions",
            columns: ["Meeting", "Date", "Item", "Motion", "Text", "Mover", "Rule", "Tally", "Outcome", "Indicative"],
            rows: [])
        var omitted = 0
        for meeting in meetings {
            let shown = includeConfidential ? meeting.fullView : meeting.publicView
            omitted += meeting.fullView.decisions.count - shown.decisions.count
            if let day = meeting.date {
                if let from, day < from { continue }
                if let to, day > to { continue }
            } else if from != nil || to != nil {
                continue
            }
            table.rows += shown.decisions.filter { carried == nil || $0.carried == carried }.map(\.row)
        }
        if omitted > 0 { table.notes.append("\(omitted) confidential motion(s) left out (N4).") }
        return table
    }

    static func date(_ state: MeetingState) -> String { state.details.map { "\($0.date)" } ?? "-" }

    static func itemName(_ id: AgendaItemID?, in state: MeetingState) -> String {
        guard let id else { return "-" }
        // N4: a confidential item's title is matter too; its number stays (the projection marks the item).
        guard let item = state.item(id), !item.confidential || item.title != PublicProjection.confidentialItemTitle
        else { return "\(id)" }
        return "\(id): \(item.title)"
    }
}
