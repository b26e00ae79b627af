import ArgumentParser
import MinutesFormats

/// N4: the one refusal every public document shares. Each finding is said on standard error with where
/// it is; the document is then refused unless it is the private record or the person said `--allow`.
enum PrivacyGate {
    /// Says `findings` as `command` and throws the failure exit when they stop the document.
    /// `refusal` says what was not written, why, and that `--allow` writes it anyway.
    static func check(
        _ findings: [PrivacyFinding], command: String, refusal: String, includeConfidential: Bool, allow: Bool
    ) throws {
        for finding in findings { Output.error("gavel \(command): privacy (N4): \(finding)") }
        guard findings.isEmpty || includeConfidential || allow else {
            Output.error("gavel \(command): not written: \(refusal)")
            throw ExitCode.failure
        }
    }
}
