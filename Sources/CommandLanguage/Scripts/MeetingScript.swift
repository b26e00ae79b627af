import Foundation
import MeetingKit

/// A meeting script: one command per line, as typed at the console's `:` line.
///
///     # comments and blank lines are ignored
///     @14:05                 the clock for the lines that follow (or @2019-10-01T14:05)
///     clerk: arrive special-schools.rep
///     chair: vote open M1    a role prefix; without one, each command runs as its owner
public enum MeetingScript {
    public struct Step: Sendable {
        public var line: Int
        public var text: String
        public var command: Command
        public var author: Role
        public var time: Date
        /// Whether an `@` line set the clock this step runs at; otherwise it runs at the time it is recorded.
        public var clockSet: Bool
    }

    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var file: String
        public var line: Int
        public var text: String
        public var message: String
        public var description: String { "\(file):\(line): \(text)\n  \(message)" }
    }

    /// Parses every line and checks it against the state the lines before it leave, so the first bad line
    /// is named before anything is recorded. `role` forces every command's author.
    public static func plan(
        _ lines: [String], file: String, from log: MeetingLog, now: Date, timeZone: TimeZone = .current,
        meetingNumber: Int? = nil, role: Role? = nil
    ) throws(Failure) -> [Step] {
        var log = log
        var clock = now
        var clockSet = false
        var steps: [Step] = []
        for (index, raw) in lines.enumerated() {
            var text = raw.trimmingCharacters(in: .whitespaces)
            if text.isEmpty || text.hasPrefix("#") { continue }
            let context = CommandContext(state: log.state, now: clock, timeZone: timeZone, meetingNumber: meetingNumber)
            if text.hasPrefix("@") {
                guard let time = context.time(String(text.dropFirst())) else {
                    throw Failure(
                        file: file, line: index + 1, text: text,
                        message: "expected @HH:MM or @YYYY-MM-DDTHH:MM to set the clock")
                }
                // Time runs forward (I2): a clock set ahead of now would refuse every live command until then.
                guard time <= now.addingTimeInterval(60) else {
                    throw Failure(
                        file: file, line: index + 1, text: text,
                        message: "the clock cannot be set later than now; a script records what has happened")
                }
                clock = time
                clockSet = true
                continue
            }
            var author = role
            for prefix in Role.allCases where text.lowercased().hasPrefix(prefix.rawValue + ":") {
                author = author ?? prefix
                text = String(text.dropFirst(prefix.rawValue.count + 1)).trimmingCharacters(in: .whitespaces)
            }
            do {
                let command = try CommandParser.parse(text, context: context)
                let by = author ?? command.owner ?? .chair
                try log.perform(command, by: by, at: clock)
                steps.append(
                    Step(line: index + 1, text: text, command: command, author: by, time: clock, clockSet: clockSet))
            } catch let error as CommandError {
                throw Failure(file: file, line: index + 1, text: text, message: error.message)
            } catch let refusal as Refusal {
                throw Failure(file: file, line: index + 1, text: text, message: "refused: \(refusal.reason)")
            } catch {
                throw Failure(file: file, line: index + 1, text: text, message: "\(error)")
            }
        }
        return steps
    }
}
