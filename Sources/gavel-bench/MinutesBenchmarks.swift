import Console
import Foundation
import MeetingKit
import MinutesFormats

/// The minutes of a 300-event meeting in every format, and the projector's frame at its largest size.
enum MinutesBenchmarks {
    static func run(constitution: Constitution) throws {
        let events = SyntheticMeeting.events(count: 300, constitution: constitution)
        let state = MeetingState.fold(constitution: constitution, events: events)
        var sink = 0
        let all = try measure(runs: 51) {
            let document = MinutesDocument(state: state)
            sink &+= MarkdownMinutes.render(document, head: "h").utf8.count
            sink &+= HTMLMinutes.render(document, head: "h").utf8.count
            sink &+= try JSONMinutes.render(
                document, head: JSONMinutes.ChainHead(meeting: 1, eventCount: 300, hash: "h")
            ).utf8.count
        }
        print(
            String(
                format:
                    "minutes of a 300-event meeting as md, html and json together: median %.1f ms (goal under 50 ms)",
                all * 1000))
        var model = ProjectorModel(state: state, meetingNumber: 1, now: Date())
        // The attendance summary shown as the projector's own key shows it.
        let showAttendance = ProjectorKeys.keymap.bindings.first { $0.action == .toggleAttendance }?.keys.first
        _ = showAttendance.map { model.update(.key($0)) }
        let frame = measure(runs: 101) { sink &+= ProjectorView.render(model, width: 300, height: 80).cells.count }
        print(
            String(
                format:
                    "projector frame at 300x80: median %.2f ms (a change reaches it within the notice latency below, "
                    + "then one frame)",
                frame * 1000))
        if sink == 42 { print("") }
    }
}
