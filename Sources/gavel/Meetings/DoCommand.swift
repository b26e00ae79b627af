import ArgumentParser
import CommandLanguage
import Foundation
import MeetingKit
import MeetingStore

struct Do: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "do",
        abstract: "Run commands against a meeting, as typed at the console's command line.",
        discussion: """
            Each argument is one command: gavel do 'arrive special-schools.rep' 'note "Budget agreed"'. \
            With --file, runs a meeting script (see the README). All the commands are recorded together, \
            or, if one is refused, none is: the error names the command (and the line) and what was expected.
            """)

    @OptionGroup var record: RecordOption

    @Option(help: "The meeting's number (default: the latest).")
    var meeting: Int?

    @Option(name: .customLong("as"), help: "Run every command as chair or clerk (default: each command as its owner).")
    var role: Role?

    @Option(name: .customLong("file"), help: "A meeting script: one command per line.")
    var script: String?

    /// From the first command on, every argument is a command, even one that starts with a dash: a note
    /// such as "-17 votes" must never be read as an option. A leading `--` is allowed and dropped.
    @Argument(parsing: .captureForPassthrough, help: "Commands, each in quotes.")
    var arguments: [String] = []

    private var commands: [String] { arguments.first == "--" ? Array(arguments.dropFirst()) : arguments }

    func validate() throws {
        // A command begins with its word, never a dash: a first argument of -h or --help asks for this help.
        if ["-h", "--help"].contains(arguments.first) { throw CleanExit.helpRequest(Self.self) }
        if script == nil && commands.isEmpty { throw ValidationError("Give commands to run, or --file SCRIPT.") }
        if script != nil && !commands.isEmpty { throw ValidationError("Give commands or --file, not both.") }
    }

    func run() throws {
        let (lines, file) = try script.map { path in (try Self.scriptLines(path), path) } ?? (commands, "command")
        // Planned against the record opened only for reading: a refused line leaves the file as it was,
        // byte for byte. Only a plan that holds opens it for writing, where every step is decided again.
        let reader = try RecordStore.openForReading(path: record.resolved)
        guard let number = try meeting ?? reader.meetings().last?.number else {
            throw ValidationError("\(record.resolved) has no meeting yet; `gavel new` starts one.")
        }
        let planned = try LiveMeeting(store: reader, number: number)
        let log = MeetingLog(
            constitution: planned.state.initialConstitution, mattersArising: planned.state.mattersArising,
            isFirstOfSeries: planned.state.isFirstOfSeries, events: planned.events)
        let steps: [MeetingScript.Step]
        do {
            steps = try MeetingScript.plan(
                lines, file: file, from: log, now: Date(), timeZone: planned.state.constitution.zone,
                meetingNumber: number, role: role)
        } catch {
            Output.error("gavel: \(error)\nNothing was recorded.")
            throw ExitCode.failure
        }
        let live = try LiveMeeting(store: try RecordStore.open(path: record.resolved), number: number)
        do {
            let events = try live.perform(
                all: steps.map { LiveMeeting.Step($0.command, by: $0.author, at: $0.clockSet ? $0.time : nil) })
            Output.line(
                "meeting \(number): recorded \(steps.count) command(s) as \(events.count) event(s); \(live.head)")
        } catch {
            Output.error("gavel: \(error)")
            throw ExitCode.failure
        }
    }

    /// The script's lines; a file that cannot be read, or is not UTF-8 text, is a plain error (exit 1),
    /// not a usage message.
    private static func scriptLines(_ path: String) throws -> [String] {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            Output.error("gavel: \(path) cannot be read: \(error.localizedDescription)\nNothing was recorded.")
            throw ExitCode.failure
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            let valid = data.prefix { $0 < 0x80 }.count
            Output.error(
                "gavel: \(path) is not UTF-8 text (near byte \(valid + 1)); save it as UTF-8.\nNothing was recorded.")
            throw ExitCode.failure
        }
        return text.components(separatedBy: "\n")
    }
}
