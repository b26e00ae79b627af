import Foundation
import MeetingKit
import TOMLKit
import TOMLLines

/// Reads constitution files. The format is documented in the README ("Constitution files").
public enum ConstitutionLoader {
    /// Parses and checks constitution text. `file` names the source in messages.
    public static func load(text: String, file: String) throws(ConstitutionFileError) -> Constitution {
        let document: TOMLDocument
        do {
            document = try TOMLDocument.parse(text, file: file)
        } catch {
            throw ConstitutionFileError(problems: [
                .init(file: file, line: error.line, field: nil, message: error.message)
            ])
        }
        let root = document.root
        func fail(_ items: [(field: String?, message: String)]) -> ConstitutionFileError {
            ConstitutionFileError(
                problems: items.map {
                    .init(file: file, line: $0.field.flatMap(document.line(of:)), field: $0.field, message: $0.message)
                })
        }
        let problems = ProblemList()
        let draft = readDraft(root, problems: problems)
        let built: Result<Constitution, ConstitutionIssues> = Result { () throws(ConstitutionIssues) in
            try draft.build()
        }
        switch built {
        case .success(let constitution) where problems.isEmpty:
            return constitution
        case .success:
            throw fail(problems.items)
        case .failure(let error):
            // Report rule problems too, except on fields already flagged while reading.
            let flagged = Set(problems.items.compactMap(\.field))
            let rules = error.issues.filter { !flagged.contains($0.field) }
            throw fail(problems.items + rules.map { (field: Optional($0.field), message: $0.message) })
        }
    }

    /// Reads a constitution file from disk.
    public static func load(path: String) throws(ConstitutionFileError) -> Constitution {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw ConstitutionFileError(problems: [
                .init(file: path, line: nil, field: nil, message: "cannot be read: \(error.localizedDescription)")
            ])
        }
        return try load(text: text, file: path)
    }

    private static func readDraft(_ root: TOMLTable, problems: ProblemList) -> ConstitutionDraft {
        var draft = ConstitutionDraft()
        let top = TableReader(root, path: "", problems: problems)
        draft.name = top.string("name", required: true) ?? ""
        draft.body = top.string("body", required: true) ?? ""
        draft.timeZone = top.string("time_zone")

        if let project = top.table("project") {
            let reader = TableReader(project, path: "project", problems: problems)
            draft.project = Project(
                name: reader.string("name", required: true) ?? "", start: reader.day("start"), end: reader.day("end"))
            reader.rejectUnknownKeys()
        } else {
            problems.add("project", "missing [project] with the project's name (B2)")
        }

        if let rules = top.table("rules") {
            let reader = TableReader(rules, path: "rules", problems: problems)
            draft.quorum = reader.string("quorum") ?? draft.quorum
            draft.quorumMinimum = reader.int("quorum_minimum")
            draft.decision = reader.string("decision") ?? draft.decision
            draft.chairHasCastingVote = reader.bool("chair_casting_vote") ?? draft.chairHasCastingVote
            draft.votesNamedInPublic = reader.bool("votes_named_in_public") ?? draft.votesNamedInPublic
            draft.allowQuorumOverride = reader.bool("allow_quorum_override") ?? draft.allowQuorumOverride
            reader.rejectUnknownKeys()
        }

        if let chair = top.table("chair") {
            let reader = TableReader(chair, path: "chair", problems: problems)
            draft.chairName = reader.string("name")
            draft.chairSeat = reader.string("seat")
            if draft.chairName != nil && draft.chairSeat != nil {
                problems.add("chair", "give the chair's name or seat, not both")
            }
            reader.rejectUnknownKeys()
        }

        for (index, seat) in top.tables("seat").enumerated() {
            let reader = TableReader(seat, path: "seat[\(index)]", problems: problems)
            draft.seats.append(
                .init(
                    id: reader.string("id", required: true) ?? "",
                    partner: reader.string("partner", required: true) ?? "",
                    role: reader.string("role") ?? "", core: reader.bool("core") ?? false, field: "seat[\(index)]"))
            reader.rejectUnknownKeys()
        }

        if let people = top.table("people") {
            for seatID in people.keys.sorted() {
                let path = "people.\(seatID)"
                guard let entry = people[seatID]?.table else {
                    problems.add(path, "expected a table [\(path)] with representative and proxy")
                    continue
                }
                let reader = TableReader(entry, path: path, problems: problems)
                draft.people.append(
                    .init(
                        seat: seatID, representative: reader.string("representative"), proxy: reader.string("proxy"),
                        field: path))
                reader.rejectUnknownKeys()
            }
        }

        for (index, member) in top.tables("member").enumerated() {
            let reader = TableReader(member, path: "member[\(index)]", problems: problems)
            draft.members.append(
                .init(
                    role: reader.string("role", required: true) ?? "", name: reader.string("name") ?? "",
                    core: reader.bool("core") ?? false, field: "member[\(index)]"))
            reader.rejectUnknownKeys()
        }
        top.rejectUnknownKeys()
        return draft
    }
}
