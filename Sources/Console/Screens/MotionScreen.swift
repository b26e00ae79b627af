import Foundation
import MeetingKit
import TerminalUI

/// The motion and vote screen: the motion, its rule, the live tally, a row per voting seat with who holds
/// its vote and how it voted, and the outcome when the vote closes (V1–V6, A2–A4).
enum MotionScreen {
    /// The screen's rows from the top: heading, motion text, rationale, tally, the seats, the V6 reminder.
    /// Rationale and tally wrap onto a second line rather than lose their ends (#24); the seats get the rest.
    struct Parts {
        var heading: [String]
        var rationale: [String]
        var tally: [(text: String, role: StyleRole)]
        var parts: [Rect]

        init(_ motion: MotionRecord, state: MeetingState, in area: Rect) {
            rationale =
                motion.draft.rationale.isEmpty
                ? [] : TextFit.wrap("Rationale: \(motion.draft.rationale)", to: area.width - 2, maxLines: 3)
            tally = MotionScreen.tallyPieces(motion, state: state)
            let tallyRows = FlowText.rows(tally, width: area.width - 2)
            let heading =
                "\(state.constitution.motionHeading(motion.id)) · moved by \(motion.draft.mover) · rule: "
                + motion.rule.description
            self.heading = TextFit.wrap(heading, to: area.width - 2, maxLines: 2)
            parts = area.split(
                .vertical,
                [
                    .length(self.heading.count), .length(2), .length(rationale.count), .length(tallyRows), .fill(1),
                    .length(1),
                ])
        }

        /// The seats' table.
        var seats: Rect { parts[4] }
    }

    /// How many seats show at once below the motion in `area`.
    static func visibleSeats(_ model: ConsoleModel, in area: Rect) -> Int {
        guard let motion = model.shownMotion else { return 0 }
        return Table.visibleRows(in: Parts(motion, state: model.state, in: area).seats)
    }

    static func render(_ model: ConsoleModel, into grid: inout Grid, _ area: Rect, ascii: Bool) {
        guard let motion = model.shownMotion else {
            grid.put(ConsoleModel.emptyMotionHint, x: 1, y: area.y + 1, limit: area.width - 2, role: .dim, ascii: ascii)
            return
        }
        let state = model.state
        let layout = Parts(motion, state: state, in: area)
        let (parts, headingLines, rationale, tally) = (layout.parts, layout.heading, layout.rationale, layout.tally)
        for (offset, line) in headingLines.enumerated() {
            grid.put(line, x: 1, y: parts[0].y + offset, limit: area.width - 2, role: .header, ascii: ascii)
        }
        let text = motion.draft.text + (motion.amendments.isEmpty ? state.correctionMark(motion.sequence) : "")
        for (offset, line) in TextFit.wrap(text, to: area.width - 2, maxLines: 2).enumerated() {
            grid.put(line, x: 1, y: parts[1].y + offset, limit: area.width - 2, role: .title, ascii: ascii)
        }
        for (offset, line) in rationale.enumerated() {
            grid.put(line, x: 1, y: parts[2].y + offset, limit: area.width - 2, role: .dim, ascii: ascii)
        }
        FlowText.render(
            tally, into: &grid, Rect(x: 1, y: parts[3].y, width: area.width - 2, height: parts[3].height), ascii: ascii)
        let seats = state.constitution.seats.count
        let position = state.openVote == nil ? ScrollPosition(selected: nil) : model.scrollPosition(rows: seats)
        seatTable(motion, state: state, position: position, width: area.width).render(
            into: &grid, parts[4], ascii: ascii)
        grid.put(
            ConsoleModel.votingDuty, x: 1, y: parts[5].y, limit: area.width - 2, role: .dim, ascii: ascii)
    }

    /// The tally as pieces laid out in a row: the vote's stage, then each count; a closed vote's outcome
    /// and reason, word by word, so it wraps.
    fileprivate static func tallyPieces(
        _ motion: MotionRecord, state: MeetingState
    ) -> [(text: String, role: StyleRole)] {
        guard let tally = state.tally(of: motion.id) else { return [] }
        switch motion.stage {
        case .closed:
            let outcome =
                motion.result.map { "\($0.outcome.word): \($0.outcome.reason)\(state.correctionMark($0.sequence))" }
                ?? "Closed"
            let role: StyleRole = motion.result?.outcome.carried == true ? .voteFor : .voteAgainst
            return [(outcome, role)]
        case .moved: return [("Not yet put to the vote", .dim)] + counts(tally)
        case .voting: return [("VOTE OPEN", .warning)] + counts(tally)
        case .withdrawn: return [("Withdrawn", .dim)] + counts(tally)
        case .deferred: return [("Deferred", .dim)] + counts(tally)
        }
    }

    private static func counts(_ tally: Tally) -> [(text: String, role: StyleRole)] {
        [
            ("For \(tally.inFavour)", .voteFor), ("Against \(tally.against)", .voteAgainst),
            ("Abstain \(tally.abstentions)", .voteAbstain),
            ("Yet to vote \(tally.notVoted)", .normal), ("Not represented \(tally.unrepresented)", .dim),
        ]
    }

    /// Columns no wider than their text needs at 80 columns' worth of room each, so at any width a vote
    /// sits near its seat's name (#24); what is left over stays empty on the right.
    private static func seatTable(
        _ motion: MotionRecord, state: MeetingState, position: ScrollPosition, width: Int
    ) -> Table {
        let c = state.constitution
        let entitlement = state.entitlement(for: motion)
        let rows: [[String]] = entitlement.map { seat in
            let partner = c.seat(seat.seat)?.partner ?? seat.seat.rawValue
            // The chair sees which votes members cast themselves, and which were keyed for them.
            let vote =
                seat.ballot.map {
                    $0.choice.word.uppercased() + (motion.castFromOwnTerminal(seat.seat) ? " (own)" : "")
                } ?? ""
            switch seat.holding {
            case .held(let person, let capacity):
                let voter = seat.ballot.map { c.displayName($0.voter) } ?? c.displayName(person)
                return [partner, voter, seat.ballot?.capacity.rawValue ?? capacity.rawValue, vote]
            case .unrepresented(let why):
                return [
                    partner, seat.ballot.map { c.displayName($0.voter) } ?? "not represented: \(why.explain(in: c))",
                    seat.ballot?.capacity.rawValue ?? "", vote,
                ]
            }
        }
        let roles: [StyleRole?] = entitlement.map { seat in
            switch seat.ballot?.choice {
            case .inFavour?: .voteFor
            case .against?: .voteAgainst
            case .abstain?: .voteAbstain
            case nil: seat.holding.holder == nil ? .dim : nil
            }
        }
        let seatWidth = min(40, width * 30 / 100)
        let holderWidth = min(44, max(10, width - seatWidth - 30))
        return Table(
            columns: [
                .init("Seat", .length(seatWidth)), .init("Vote held by", .length(holderWidth)),
                .init("As", .length(15)), .init("Vote", .length(15)),
                .init("", .fill(1)),
            ],
            rows: rows, rowRoles: roles, position: position)
    }
}
