/// A note or a concern against an agenda item (N1, N4).
public struct MinuteText: Hashable, Codable, Sendable {
    public var item: AgendaItemID?
    public var text: String
    public var confidential: Bool

    public init(item: AgendaItemID?, text: String, confidential: Bool = false) {
        self.item = item
        self.text = text
        self.confidential = confidential
    }
}

/// N2: what, who and by when.
public struct ActionItem: Hashable, Codable, Sendable {
    public var id: ActionID
    public var item: AgendaItemID?
    public var what: String
    public var who: String
    public var due: CalendarDay?
    public var confidential: Bool

    public init(
        id: ActionID, item: AgendaItemID?, what: String, who: String, due: CalendarDay?, confidential: Bool = false
    ) {
        self.id = id
        self.item = item
        self.what = what
        self.who = who
        self.due = due
        self.confidential = confidential
    }
}

public enum RiskRating: String, Codable, Sendable, CaseIterable, Comparable {
    case low, medium, high, critical

    public static func < (a: Self, b: Self) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// N3: a risk has a description, an owner, a rating and a mitigation, and lives across meetings.
public struct Risk: Hashable, Codable, Sendable {
    public var id: RiskID
    public var item: AgendaItemID?
    public var description: String
    public var owner: String
    public var rating: RiskRating
    public var mitigation: String
    public var confidential: Bool

    public init(
        id: RiskID, item: AgendaItemID?, description: String, owner: String, rating: RiskRating, mitigation: String,
        confidential: Bool = false
    ) {
        self.id = id
        self.item = item
        self.description = description
        self.owner = owner
        self.rating = rating
        self.mitigation = mitigation
        self.confidential = confidential
    }
}

/// N5: information to be shared with partner groups, and how often.
public struct InformationSharing: Hashable, Codable, Sendable {
    public var item: AgendaItemID?
    public var what: String
    public var shareWith: String
    public var howOften: String

    public init(item: AgendaItemID?, what: String, shareWith: String, howOften: String) {
        self.item = item
        self.what = what
        self.shareWith = shareWith
        self.howOften = howOften
    }
}

/// N3: a report the group received (a highlight report, the risk register) and the challenge it gave.
public struct HighlightReport: Hashable, Codable, Sendable {
    public var item: AgendaItemID?
    public var title: String
    /// Who presented it: usually "EOG".
    public var from: String
    public var challenge: String
    public var confidential: Bool

    public init(item: AgendaItemID?, title: String, from: String, challenge: String, confidential: Bool = false) {
        self.item = item
        self.title = title
        self.from = from
        self.challenge = challenge
        self.confidential = confidential
    }
}

/// A member declares an interest in an item. Recorded and minuted; it does not remove their vote (V6).
public struct Declaration: Hashable, Codable, Sendable {
    public var person: PersonID
    public var item: AgendaItemID?
    public var interest: String

    public init(person: PersonID, item: AgendaItemID?, interest: String) {
        self.person = person
        self.item = item
        self.interest = interest
    }
}

/// V5: what was wrong with an earlier event, named by its journal sequence. For a minuted entry, `text`
/// is how it should read; for a closed vote, why it is corrected, with `carried` the outcome it should have
/// had when that is what was wrong.
public struct Correction: Hashable, Codable, Sendable {
    public var target: Int
    public var text: String
    public var carried: Bool?

    public init(target: Int, text: String, carried: Bool? = nil) {
        self.target = target
        self.text = text
        self.carried = carried
    }
}
