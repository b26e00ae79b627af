import ArgumentParser

@main
struct Gavel: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gavel",
        abstract: "A terminal meeting console for the Sutton Education Partnership's ELG and EOG.",
        discussion: """
            Until the console exists, running gavel with no arguments prints the constitution it would run \
            the meeting under (the shipped HNB Work Project 1 ELG by default).
            """,
        subcommands: [ShowConstitution.self, CheckConstitution.self, ListConstitutions.self, NewMeeting.self, ListMeetings.self, Do.self, Commands.self, Export.self, VerifyRecord.self],
        defaultSubcommand: ShowConstitution.self)
}
