import ArgumentParser
import MinutesFormats

/// N4: the one refusal every public document shares. Each finding is said on standard error with where
/// it is; the document is then refused unless it is the private record or the person said `--allow`.
enum PrivacyGate {
    /// The public documents the check guards, each as the refusal names it.
    enum Document {
        case minutes, actionRegister, register

        /// The subcommand that writes it, as its messages begin.
        var command: String {
            switch self {
            case .minutes: "minutes"
            case .actionRegister: "actions"
            case .register: "register"
            }
        }

        /// "gavel minutes: not written: the public minutes seem to hold a child's personal data (above). …"
        var refusal: String {
            switch self {
            case .minutes:
                "the public minutes seem to hold a child's personal data (above). Check each entry; --allow writes "
                    + "them anyway."
            case .actionRegister:
                "the action register seems to hold a child's personal data (above). Check each action; --allow "
                    + "writes it anyway."
            case .register: "the register seems to hold a child's personal data (above); --allow writes it anyway."
            }
        }
    }

    /// Says `findings` and throws the failure exit when they stop `document`.
    static func check(
        _ findings: [PrivacyFinding], in document: Document, includeConfidential: Bool, allow: Bool
    ) throws {
        for finding in findings { Output.error("gavel \(document.command): privacy (N4): \(finding)") }
        guard findings.isEmpty || includeConfidential || allow else {
            Output.error("gavel \(document.command): not written: \(document.refusal)")
            throw ExitCode.failure
        }
    }
}
