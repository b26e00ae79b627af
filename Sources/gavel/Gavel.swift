import ArgumentParser
import Foundation

@main
struct Gavel: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gavel",
        abstract: "A terminal meeting console for the Sutton Education Partnership's ELG and EOG.",
        discussion: """
            With no arguments, gavel opens the meeting console on the default record in your data folder \
            ($XDG_DATA_HOME/gavel, else ~/.local/share/gavel), under the shipped HNB Work Project 1 ELG \
            constitution: it resumes the open meeting, or starts the next one.
            """,
        subcommands: [
            RunConsole.self, OpenMeeting.self, Projector.self, Minutes.self, Actions.self, Register.self, Search.self,
            ShowConstitution.self, CheckConstitution.self, ListConstitutions.self, NewMeeting.self, ListMeetings.self,
            Do.self, Commands.self, Export.self, VerifyRecord.self, Backup.self, Keys.self, Remote.self,
        ],
        defaultSubcommand: RunConsole.self)

    /// ArgumentParser's own way in and out, except that what it would print (an error, the usage, the help)
    /// goes through `Output`, escaped like everything else: an argument holding ESC or OSC 52 is echoed in
    /// "Unknown option" as text, never as a command to the terminal.
    static func main() {
        Backtracer.switchOff()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if !message.isEmpty {
                if code == .success { Output.line(message) } else { Output.error(message) }
            }
            Foundation.exit(code.rawValue)
        }
        Foundation.exit(0)
    }
}
