import MeetingKit

/// #24: a question stands only while it still says what `y` would do. When another terminal changes the
/// record under an open question, the key that raised it is asked again of the record as it is now: the same
/// question stays, a changed one replaces it, and one no longer asked is withdrawn, saying why.
extension ConsoleModel {
    mutating func recheckQuestion() {
        guard case .confirm(let question) = mode, let action = questionAskedBy else { return }
        var again = self
        again.mode = .browse
        again.message = nil
        let effect = again.act(action)
        if case .confirm(let renewed) = again.mode {
            guard renewed != question else { return }
            mode = .confirm(renewed)
            message = ("The record changed while this was asked; the question now reads as shown.", false)
            return
        }
        mode = .browse
        questionAskedBy = nil
        let why: String
        if let command = question.command, let refusal = refusal(of: command) {
            why = refusal  // what the question would have recorded, the record now refuses
        } else if case .perform(let command) = effect, command == question.command {
            why = "it no longer needs a question; press the key again to go ahead."
        } else if let said = again.message?.text {
            why = said
        } else {
            why = "press the key again if it still applies."
        }
        message = (
            "The question \"\(question.title)\" was withdrawn: the record changed. \(why.capitalizedFirst)", false
        )
    }

    /// The record's refusal of `command` now, in its words; nil when it would take it.
    private func refusal(of command: Command) -> String? {
        do {
            _ = try state.decide(command, by: role, at: state.latestTime ?? now)
            return nil
        } catch {
            return error.reason
        }
    }
}
