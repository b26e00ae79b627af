import ArgumentParser
import Foundation
import MeetingKit
import MeetingStore
import MinutesFormats

struct Minutes: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "minutes",
        abstract: "Write a meeting's minutes from the record, with the record's chain head at the foot.",
        discussion: """
            The public minutes leave confidential matter out (N4) and are refused while their text looks like \
            a child's personal data (a Unique Pupil Number, an NHS number, a date of birth); each finding is \
            named with where it is. --allow writes them anyway.
            """)

    @OptionGroup var record: RecordOption

    @Option(help: "The meeting's number (default: the latest).")
    var meeting: Int?

    @Option(
        help:
            """
            md (Markdown that reads as plain text), html (one printable page), docx (a Word document, with -o) \
            or json (see Schemas/minutes-v1.schema.json).
            """
    )
    var format: String = "md"

    @OptionGroup var destination: OutputOption

    @Flag(help: "The private record: confidential matter included, and marked so on every page.")
    var includeConfidential = false

    @Flag(help: "Write public minutes even when the privacy check finds something.")
    var allow = false

    func validate() throws {
        guard ["md", "html", "docx", "json"].contains(format) else {
            throw ValidationError("Unknown format '\(format)'; expected md, html, docx or json.")
        }
        if format == "docx", destination.output == nil, isatty(STDOUT_FILENO) != 0 {
            throw ValidationError(
                "A Word document is not for a terminal: give -o FILE.docx, or redirect standard output.")
        }
    }

    func run() throws {
        let store = try RecordStore.openForReading(path: record.resolved)
        guard let number = try meeting ?? store.meetings().last?.number else {
            throw ValidationError("\(record.resolved) holds no meeting yet.")
        }
        guard try store.meetings().contains(where: { $0.number == number }) else {
            throw ValidationError("\(record.resolved) has no meeting \(number); gavel list shows those it has.")
        }
        let live = try LiveMeeting(store: store, number: number)
        let document = MinutesDocument(state: live.state, includeConfidential: includeConfidential)
        let head = "meeting \(number), \(live.head)"
        // Every signature the chair made, oldest first; the latest is the one JSON carries as `signature`. A
        // broken key journal vouches for none: the minutes are written without them, and that is said.
        var keyring: Keyring?
        do {
            keyring = try store.keyring()
        } catch {
            guard case .chainBroken(_, let detail) = error else { throw error }
            Output.error("gavel minutes: the chair's signatures are left out: \(detail)")
        }
        var signatures = (keyring?.allSignatures(of: number) ?? []).map {
            MinutesOutline.Signature(
                chair: live.state.constitution.chairName(live.state.chair ?? PersonID("")), fingerprint: $0.fingerprint,
                eventCount: $0.eventCount, armored: $0.signature)
        }
        let signature = signatures.popLast()
        let earlier = signatures
        // Times as the body keeps them, in its own zone, whatever this terminal's TZ.
        let zone = live.state.constitution.zone
        let markdown =
            ["md", "docx"].contains(format)
            ? MarkdownMinutes.render(
                document, head: head, signature: signature, earlierSignatures: earlier, timeZone: zone) : ""
        let data =
            switch format {
            case "json":
                Data(
                    try JSONMinutes.render(
                        document,
                        head: JSONMinutes.ChainHead(
                            meeting: number, eventCount: live.head.eventCount, hash: live.head.hash),
                        signature: signature, earlierSignatures: earlier
                    ).utf8)
            case "html":
                Data(
                    HTMLMinutes.render(
                        document, head: head, signature: signature, earlierSignatures: earlier, timeZone: zone
                    ).utf8)
            case "docx":
                try DocxMinutes.render(
                    document, head: head, signature: signature, earlierSignatures: earlier, timeZone: zone)
            default: Data(markdown.utf8)
            }
        // N4: the named fields first, for findings that say where; then every line as written, so no field
        // escapes the check (a Word file holds the same text as the Markdown, which is read for it).
        let named = PrivacyCheck.findings(in: document)
        let written = format == "docx" || format == "md" ? markdown : String(decoding: data, as: UTF8.self)
        let findings = named + PrivacyCheck.findings(inOutput: written, besides: named)
        try PrivacyGate.check(
            findings, in: .minutes, includeConfidential: includeConfidential,
            allow: allow)
        try destination.write(data)
    }
}
