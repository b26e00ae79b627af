import MeetingKit

/// The constitutions that ship inside the binary, built from the framework (DOMAIN P1, M2, M3, E1).
/// They are TOML files (`Shipped/`) read by the same loader as a clerk's file, so `gavel constitution show --toml NAME`
/// prints a starting point to copy and edit.
public enum ShippedConstitution: String, CaseIterable, Sendable {
    /// Work Project 1's ELG: nine voting seats (M3, the default).
    case hnbELG = "hnb-elg"
    /// The general framework's ELG: twelve voting seats.
    case frameworkELG = "framework-elg"
    /// Work Project 1's EOG: three core members (Q1).
    case hnbEOG = "hnb-eog"

    public static let `default` = ShippedConstitution.hnbELG

    /// The file's text, as shipped in `Shipped/` (packed into the binary at build time).
    public var text: String { EmbeddedConstitutions.files[rawValue] ?? "" }

    /// The parsed constitution. The shipped texts are checked by the test suite, so a failure here is a
    /// defect in the build, not bad input.
    public var constitution: Constitution {
        do {
            return try ConstitutionLoader.load(text: text, file: "<shipped \(rawValue)>")
        } catch {
            preconditionFailure("shipped constitution \(rawValue) is invalid: \(error)")
        }
    }
}
