import Foundation
import MeetingKit

public enum PrivacyCheck {
    /// Every piece of free text the minutes print, with where it is.
    public static func findings(in document: MinutesDocument) -> [PrivacyFinding] {
        var texts: [(String, String)] = []
        if let previous = document.previousMinutes { texts.append(("previous minutes", previous)) }
        for section in document.items {
            let place = section.id.map { "item \($0)" } ?? "before the agenda"
            texts.append((place + ", title", section.title))
            texts += section.notes.enumerated().map { ("\(place), note \($0.offset + 1)", $0.element) }
            texts += section.concerns.enumerated().map { ("\(place), concern \($0.offset + 1)", $0.element) }
            texts += section.declarations.map { ("\(place), declaration by \($0.name)", $0.interest) }
            texts += section.informationSharing.enumerated().map {
                ("\(place), information sharing \($0.offset + 1)", $0.element.what)
            }
            for motion in section.motions {
                texts.append(("\(place), motion \(motion.id)", motion.text))
                texts.append(("\(place), motion \(motion.id) rationale", motion.rationale))
            }
        }
        texts += document.actions.map { ("action \($0.id)", $0.what) }
        texts += document.risks.map { ("risk \($0.id)", $0.description + " " + $0.mitigation) }
        texts += document.corrections.map { ("correction of event \($0.target)", $0.text) }
        return texts.flatMap { location, text in
            scan(text).map { PrivacyFinding(kind: $0.kind, location: location, excerpt: $0.match) }
        }
    }

    /// Every line of a public output as written: whatever free-text field the named passes above do not
    /// know of (a report's challenge, a closing note, a name, a field added later) is still read, so the
    /// check covers every public output whole. Findings a named pass already made are not repeated.
    public static func findings(inOutput text: String, besides named: [PrivacyFinding] = []) -> [PrivacyFinding] {
        let known = Set(named.map(\.excerpt))
        var found: [PrivacyFinding] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            for match in scan(String(line)) where !known.contains(match.match) {
                found.append(
                    PrivacyFinding(kind: match.kind, location: "line \(number + 1) of the output", excerpt: match.match)
                )
            }
        }
        return found
    }

    /// What in `text` looks like personal data about a child.
    static func scan(_ text: String) -> [(kind: PrivacyFinding.Kind, match: String)] {
        var found: [(PrivacyFinding.Kind, String)] = []
        // A UPN: a check letter, eleven digits, then a digit or letter (DfE's format).
        for match in matches(#"\b[A-HJ-NP-TV-Z][0-9]{11}[0-9A-HJ-NP-TV-Z]\b"#, in: text) {
            found.append((.pupilNumber, match))
        }
        // An NHS number: ten digits, often 3-3-4, whose last digit is its modulus-11 check.
        for match in matches(#"\b[0-9]{3}[ -]?[0-9]{3}[ -]?[0-9]{4}\b"#, in: text) where isNHSNumber(match) {
            found.append((.nhsNumber, match))
        }
        // A date of birth: a date next to words that say so.
        for match in matches(
            #"(?i)\b(DOB|D\.O\.B\.?|date of birth|born( on)?)\s*:?\s*[0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{2,4}"#,
            in: text)
        {
            found.append((.dateOfBirth, match))
        }
        return found
    }

    static func isNHSNumber(_ text: String) -> Bool {
        let digits = text.compactMap(\.wholeNumberValue)
        guard digits.count == 10 else { return false }
        let sum = zip(digits.prefix(9), (2...10).reversed()).reduce(0) { $0 + $1.0 * $1.1 }
        let check = 11 - sum % 11
        return check != 10 && (check == 11 ? 0 : check) == digits[9]
    }

    private static func matches(_ pattern: String, in text: String) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        let range = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: range).compactMap { Range($0.range, in: text).map { String(text[$0]) } }
    }
}
