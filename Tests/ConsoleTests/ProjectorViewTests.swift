@testable import Console
import ConstitutionFile
import Foundation
import GridSnapshots
import MeetingKit
import Testing
import TerminalUI

/// The HNB ELG with five seats represented (Special Schools by its proxy), item 1 open, M1 being voted on:
/// two for, one against.
private func projector(_ display: ProjectorModel.VoteDisplay = .live, close: Bool = false, confidential: Bool = false, named: Bool = true) throws -> ProjectorModel {
    var constitution = ShippedConstitution.hnbELG.constitution
    constitution.votesNamedInPublic = named
    var log = MeetingLog(constitution: constitution)
    let start = Date(timeIntervalSince1970: 1_569_938_400)  // 14:00 UTC
    for person in ["early-years-representative", "primary-schools-representative", "secondary-schools-representative", "special-schools-proxy", "finance-representative"] {
        try log.perform(.arrive(PersonID(person)), by: .clerk, at: start)
    }
    try log.perform(.openMeeting(MeetingDetails(title: "ELG October", date: CalendarDay("2019-10-01")!, place: "", clerk: "")), by: .chair, at: start)
    try log.perform(.addAgendaItem(AgendaItem(id: "1", title: "Banding proposal", allottedMinutes: 20, confidential: confidential)), by: .chair, at: start)
    try log.perform(.openAgendaItem("1"), by: .chair, at: start)
    try log.perform(.moveMotion(MotionDraft(id: "M1", text: "That the banding model be adopted for consultation", mover: "EOG", rationale: "")), by: .chair, at: start)
    try log.perform(.openVote("M1"), by: .chair, at: start)
    for (seat, choice) in [("early-years", VoteChoice.inFavour), ("primary-schools", .inFavour), ("finance", .against)] {
        try log.perform(.castVote("M1", seat: SeatID(seat), choice: choice), by: .chair, at: start)
    }
    if close { try log.perform(.closeVote("M1"), by: .chair, at: start.addingTimeInterval(300)) }
    return ProjectorModel(state: log.state, meetingNumber: 2, voteDisplay: display, now: start.addingTimeInterval(12 * 60), timeZone: TimeZone(identifier: "UTC")!)
}

@Suite("The projector's screen")
struct ProjectorViewTests {
    @Test("V4, Q2: a live vote in block digits with INDICATIVE VOTE, the rule, the quorum light and the item timer, at 80x24, 160x48, 200x60 and 300x80")
    func liveVote() throws {
        let model = try projector()
        var quorumRows: [Int] = []
        for (width, height) in [(80, 24), (160, 48), (200, 60), (300, 80)] {
            let grid = ProjectorView.render(model, width: width, height: height)
            if width < 300 { expectSnapshot(grid, "projector-live-\(width)x\(height)") }
            let text = grid.lines.joined(separator: "\n")
            #expect(text.contains("INDICATIVE VOTE · Motion M1"))
            #expect(text.contains("That the banding model be adopted for consultation"))
            #expect(text.contains("Rule: simple majority"))
            #expect(text.contains("VOTE OPEN · yet to vote: 2"))
            #expect(text.contains(width == 80 ? "12 of 20 min" : "of minutes allotted"))
            #expect(text.contains("5 of 9 seats"))
            #expect(text.contains("█"), "the tally is in block digits")
            #expect(!text.contains("quit") && !text.contains("vote display"), "no key hints for the room")
            quorumRows.append((0..<height).filter { grid.roles(row: $0).contains(.quorumOK) }.count)
        }
        // Q2: the quorum light grows with the window, from two rows at 80x24.
        #expect(quorumRows.first! >= 2)
        #expect(zip(quorumRows, quorumRows.dropFirst()).allSatisfy { $0 <= $1 } && quorumRows.last! >= 12, "\(quorumRows)")
    }

    @Test("the chair's vote displays: tally after close shows how many have voted; hidden shows only that a vote is on")
    func voteDisplays() throws {
        let after = ProjectorView.render(try projector(.afterClose), width: 80, height: 24).lines.joined(separator: "\n")
        #expect(after.contains("VOTING · 3 of 5 seats have voted"))
        #expect(!after.contains("█"))
        let hidden = ProjectorView.render(try projector(.hidden), width: 80, height: 24).lines.joined(separator: "\n")
        #expect(hidden.contains("A vote is being taken"))
        #expect(!hidden.contains("banding model"))
        // Once closed, every display shows the outcome.
        for display in ProjectorModel.VoteDisplay.allCases {
            let closed = ProjectorView.render(try projector(display, close: true), width: 80, height: 24)
            let text = closed.lines.joined(separator: "\n")
            #expect(text.contains("2 for, 1 against: a majority of votes cast"), "\(display)")
            // The outcome in block letters: CARRIED's C is " ##" over "#  " at the smallest scale.
            #expect((0..<24).filter { closed.roles(row: $0).contains(.voteFor) }.count >= 6, "\(display): CARRIED is not in block letters")
        }
    }

    @Test("V1: who voted how is shown only where the constitution names votes in public")
    func namedVotes() throws {
        let named = ProjectorView.render(try projector(), width: 160, height: 48).lines.joined(separator: "\n")
        #expect(named.contains("Early Years' Settings"), "a place still to be named adds nothing to the seat's name")
        #expect(named.contains("Finance Representative"))
        let counts = ProjectorView.render(try projector(named: false), width: 160, height: 48).lines.joined(separator: "\n")
        #expect(!counts.contains(" FOR") && !counts.contains("AGAINST"), "names shown although votes are not named in public")
        #expect(counts.contains("VOTE OPEN · yet to vote: 2"))
    }

    @Test("#24, V1: each name stands in the column of its own vote, under that vote's label; the seats yet to vote are named", arguments: [(160, 48), (200, 60), (250, 70)])
    func namesUnderTheirLabels(size: (width: Int, height: Int)) throws {
        let grid = ProjectorView.render(try projector(), width: size.width, height: size.height)
        let lines = grid.lines
        // The labels' row: For, Against and Abstain under the digits, one a third of the width.
        let labelRow = try #require(lines.firstIndex { $0.contains("For") && $0.contains("Against") && $0.contains("Abstain") })
        let third = size.width / 3
        func column(of name: String) -> Int? {
            for line in lines[(labelRow + 1)...] {
                if let range = line.range(of: name) { return line.distance(from: line.startIndex, to: range.lowerBound) / third }
            }
            return nil
        }
        #expect(column(of: "Early Years' Settings") == 0, "a FOR vote stands under For")
        #expect(column(of: "Primary Schools") == 0)
        #expect(column(of: "Finance Representative") == 1, "an AGAINST vote stands under Against, not For")
        let text = lines.joined(separator: "\n")
        #expect(text.contains("Yet to vote: Secondary Schools, Special Schools"))
        #expect(!text.contains(" FOR") && !text.contains("AGAINST"), "the vote is the column's label, not repeated beside each name")
    }

    @Test("#24, V1: at 80x24 and 200x24, where every name does not fit, the seats yet to vote are still named")
    func yetToVoteWhereNamesDoNotFit() throws {
        for (width, height) in [(80, 24), (200, 24)] {
            let text = ProjectorView.render(try projector(), width: width, height: height).lines.joined(separator: "\n")
            #expect(text.contains("Yet to vote: Secondary Schools, Special Schools"), "\(width)x\(height):\n\(text)")
        }
    }

    @Test("N4: a confidential item shows only that it is one")
    func confidential() throws {
        let grid = ProjectorView.render(try projector(confidential: true), width: 80, height: 24)
        let text = grid.lines.joined(separator: "\n")
        #expect(text.contains("Confidential item"))
        #expect(!text.contains("Banding") && !text.contains("banding"))
    }

    @Test("keys choose only what is shown: v cycles the vote display, a the attendance, q ends; nothing else")
    func keys() throws {
        var model = try projector()
        let state = model.state
        var shown: [ProjectorModel.VoteDisplay] = []
        for _ in 0..<3 {
            _ = model.handle(.character("v"))
            shown.append(model.voteDisplay)
        }
        #expect(shown == [.afterClose, .hidden, .live])
        _ = model.handle(.character("a"))
        #expect(model.showAttendance)
        for key in [Key.character("y"), .character("o"), .character(":"), .enter, .escape] {
            let goesOn = model.handle(key)
            #expect(goesOn)
        }
        #expect(model.state == state)
        #expect(!ProjectorView.render(model, width: 80, height: 24).lines.joined().contains("vote display"))
        _ = model.handle(.character("?"))
        #expect(ProjectorView.render(model, width: 80, height: 24).lines.joined().contains("vote display: live tally"), "? shows the keys")
        _ = model.handle(.escape)
        #expect(!model.showHelp)
        let goesOn = model.handle(.character("q"))
        #expect(!goesOn)
    }

    @Test("A2: between votes, the agenda with the current item, and the attendance summary when chosen")
    func agenda() throws {
        var model = try projector(close: true)
        model.now = model.now.addingTimeInterval(600)
        model.showAttendance = true
        // A new item makes the last vote old news: the agenda comes back.
        var state = model.state
        state.apply(MeetingEvent(sequence: state.lastSequence + 1, time: model.now, author: .chair, payload: .agendaItemAdded(AgendaItem(id: "2", title: "Transport", allottedMinutes: 10))))
        state.apply(MeetingEvent(sequence: state.lastSequence + 1, time: model.now, author: .chair, payload: .agendaItemOpened("2")))
        model.state = state
        let grid = ProjectorView.render(model, width: 80, height: 24)
        expectSnapshot(grid, "projector-agenda-80x24")
        let text = grid.lines.joined(separator: "\n")
        #expect(text.contains("▶ 2  Transport"))
        #expect(text.contains("Attendance: 5 of 9 voting seats represented"))
        #expect(text.contains("Proxies acting: Special Schools"))
    }

    @Test("Q2, V4: below 80x24 the room still sees the quorum, the motion and the tally, down to a window of one cell")
    func small() throws {
        let model = try projector()
        let text = ProjectorView.render(model, width: 60, height: 20).lines.joined(separator: "\n")
        #expect(text.contains("QUORATE 5 of 9 seats represented"))
        #expect(text.contains("Motion M1: That the banding model"))
        #expect(text.contains("For 2  Against 1  Abstain 0"))
        #expect(text.contains("Yet to vote: Secondary Schools, Special Schools"), "#24: the seats yet to vote named, not counted")
        for (width, height) in [(1, 1), (10, 3), (0, 0), (79, 23)] {
            let grid = ProjectorView.render(model, width: width, height: height)
            #expect(grid.lines.count == height)
        }
    }
}

@Suite("When the loops draw")
struct RedrawGateTests {
    @Test("a frame after a key or a change, a new minute, a resize or a change in following; none while idle")
    func gate() {
        var gate = RedrawGate()
        let start = Date(timeIntervalSince1970: 1_569_938_400)
        let calls: [(seconds: Double, width: Int, status: String?, changed: Bool)] = [
            (0, 80, nil, false),      // the first frame
            (20, 80, nil, false),     // idle
            (21, 80, nil, true),      // a key or a change
            (61, 80, nil, false),     // the clock's minute turns
            (62, 100, nil, false),    // a resize
            (63, 100, "14:00", false), // no longer following
            (64, 100, "14:00", false), // idle again
        ]
        let draws = calls.map { gate.needsDraw(now: start.addingTimeInterval($0.seconds), width: $0.width, height: 24, status: $0.status, changed: $0.changed) }
        #expect(draws == [true, false, true, true, true, true, false])
    }
}

@Suite("The projector when it cannot read the record")
struct ProjectorNotFollowingTests {
    @Test("it keeps the last picture and says since when it has not been following")
    func notFollowing() throws {
        var model = ProjectorModel(state: MeetingState(constitution: ShippedConstitution.hnbELG.constitution), meetingNumber: 1,
                                   now: Date(timeIntervalSince1970: 1_569_938_400), timeZone: TimeZone(identifier: "UTC")!)
        _ = model.update(.loop(.following(lostSince: Date(timeIntervalSince1970: 1_569_939_000))))
        let grid = ProjectorView.render(model, width: 100, height: 30)
        #expect(grid.lines[0].contains("NOT FOLLOWING: last update 14:00"), "the time the picture was last brought up to date")
        #expect(grid.roles(row: 0).contains(.warning))
    }
}
