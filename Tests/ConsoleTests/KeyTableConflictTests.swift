import CommandLanguage
import ConstitutionFile
import Foundation
import MeetingKit
import Testing
@testable import Console
import TerminalUI

/// #27: every key of every mode comes from a table; no key is bound twice where both bindings can act at
/// once, on any screen, for either role, in any of the states a meeting passes through.
@Suite("#27: the key tables, every screen and role, have no conflicts")
struct KeyTableConflictTests {
    /// Console models across a meeting's life: before the opening, a motion awaiting its vote, a vote open,
    /// the whole-minutes preview, a closed meeting with and without a newer one; each on every screen, for
    /// chair and clerk, with every row selected in turn.
    private func consoleModels() throws -> [ConsoleModel] {
        var stages: [ConsoleDriver] = []
        for role in [Role.chair, .clerk] {
            var session = try ConsoleDriver(role: role)
            stages.append(session)
            try session.elsewhere(.addAgendaItem(AgendaItem(id: "1", title: "Banding", confidential: true)), by: .chair)
            try session.elsewhere(.openAgendaItem("1"), by: .chair)
            try session.elsewhere(.moveMotion(MotionDraft(id: "M1", text: "That the model be adopted", mover: "EOG")), by: .chair)
            try session.elsewhere(.recordAction(ActionItem(id: "A1.1", item: nil, what: "Ring", who: "EOG", due: CalendarDay("2019-11-01"))), by: .clerk)
            stages.append(session)
            try session.elsewhere(.openVote("M1"), by: .chair)
            stages.append(session)
            try session.elsewhere(.closeVote("M1"), by: .chair)
            try session.elsewhere(.closeMeeting, by: .chair)
            stages.append(session)
            session.model.newestMeetingNumber = 2
            stages.append(session)
        }
        var models: [ConsoleModel] = []
        for stage in stages {
            for screen in ConsoleModel.Screen.allCases {
                for whole in [false, true] {
                    for selected in 0..<24 {
                        var model = stage.model
                        (model.screen, model.wholeMinutes, model.selected) = (screen, whole, selected)
                        model.ownLastAction = model.state.lastAction?.first
                        models.append(model)
                    }
                }
            }
        }
        return models
    }

    @Test("#27: the command line's editing keys are a table too: no key in it twice, none also a command-line key, and help lists every one")
    func editingTable() throws {
        let lineKeys = Set(ConsoleKeys.commandLine.bindings.flatMap(\.keys))
        #expect(lineKeys.isDisjoint(with: TextField.keymap.bindings.flatMap(\.keys)))
        #expect(TextField.keymap.conflicts(in: [TextField(), TextField("a motion")]).isEmpty)
        for role in [Role.chair, .clerk] {
            let help = ConsoleView.helpEntries(try ConsoleDriver(role: role).model, ascii: false)
            for binding in ConsoleKeys.commandLine.bindings {
                #expect(help.contains { $0.help == binding.help }, "\(role): \(binding.help)")
            }
            for binding in TextField.keymap.bindings {
                #expect(help.contains { $0.help == binding.help }, "\(role): \(binding.help)")
            }
        }
    }

    @Test("#27: browse, help, question and command-line tables: no key acts twice, in any state")
    func consoleTables() throws {
        let models = try consoleModels()
        #expect(ConsoleKeys.keymap.conflicts(in: models).isEmpty, "\(ConsoleKeys.keymap.conflicts(in: models))")
        var overlays = models
        for index in overlays.indices { overlays[index].mode = index % 2 == 0 ? .help : .results }
        #expect(ConsoleKeys.help.conflicts(in: overlays).isEmpty)
        #expect(ConsoleKeys.question.conflicts(in: models).isEmpty)
        #expect(ConsoleKeys.commandLine.conflicts(in: models).isEmpty)
    }

    @Test("#27: command-line words are each one action, and none is a word the language's commands begin with but close")
    func commandWords() {
        let words = ConsoleKeys.commandWords.flatMap(\.words) + [ConsoleKeys.searchWord]
        #expect(Set(words).count == words.count)
        let language = Set(CommandCatalog.all.compactMap(\.words.first))
        // `close` is the language's too: the console's asks first, as X does (documented beside the table).
        #expect(language.intersection(words) == ["close"])
    }

    @Test("#27: the ballot's and the projector's tables: no key acts twice, in any state")
    func ballotAndProjector() throws {
        var log = MeetingLog(constitution: ShippedConstitution.hnbELG.constitution)
        let now = Date(timeIntervalSince1970: 1_569_938_700)
        try log.perform(.arrive("finance-representative"), by: .clerk, at: now)
        try log.perform(.openMeeting(MeetingDetails(title: "ELG", date: CalendarDay("2019-10-01")!, place: "", clerk: "")), by: .chair, at: now)
        var ballots = [BallotModel(state: log.state, person: "finance-representative", meetingNumber: 1, now: now)]
        try log.perform(.moveMotion(MotionDraft(id: "M1", text: "That", mover: "EOG")), by: .chair, at: now)
        try log.perform(.openVote("M1", overrideInquorate: "test"), by: .chair, at: now)
        var voting = BallotModel(state: log.state, person: "finance-representative", meetingNumber: 1, now: now)
        ballots.append(voting)
        voting.changing = .against
        ballots.append(voting)
        #expect(BallotKeys.keymap.conflicts(in: ballots).isEmpty)
        var projectors = [ProjectorModel(state: log.state, meetingNumber: 1, now: now)]
        projectors[0].showHelp = true
        projectors.append(ProjectorModel(state: log.state, meetingNumber: 1, now: now))
        #expect(ProjectorKeys.keymap.conflicts(in: projectors).isEmpty)
    }
}
