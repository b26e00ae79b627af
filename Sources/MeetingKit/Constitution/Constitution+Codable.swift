import Foundation

/// A constitution as stored in a record. Seats and people are JSON objects keyed by id, so with sorted keys
/// the same constitution is always the same text: the text a meeting's first hash covers. Records written
/// before this stored them as Swift's default for such maps, a `[key, value, key, value]` array in hash
/// order, which differed from run to run; that form is still read, and its stored text still verifies.
extension Constitution {
    enum CodingKeys: String, CodingKey {
        case name, body, project, seats, holders, members, people, chair, quorum, decisionRule
        case chairHasCastingVote, votesNamedInPublic, allowQuorumOverride, chairSeat, timeZone
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            name: try c.decode(String.self, forKey: .name), body: try c.decode(Body.self, forKey: .body),
            project: try c.decode(Project.self, forKey: .project), seats: try c.decode([Seat].self, forKey: .seats),
            holders: try Self.decodeMap(c, .holders), members: try c.decode([Member].self, forKey: .members),
            people: try Self.decodeMap(c, .people), chair: try c.decodeIfPresent(PersonID.self, forKey: .chair),
            quorum: try c.decode(QuorumRule.self, forKey: .quorum),
            decisionRule: try c.decode(DecisionRule.self, forKey: .decisionRule),
            chairHasCastingVote: try c.decode(Bool.self, forKey: .chairHasCastingVote),
            votesNamedInPublic: try c.decode(Bool.self, forKey: .votesNamedInPublic),
            allowQuorumOverride: try c.decode(Bool.self, forKey: .allowQuorumOverride),
            chairSeat: try c.decodeIfPresent(SeatID.self, forKey: .chairSeat),
            timeZone: try c.decodeIfPresent(String.self, forKey: .timeZone))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(body, forKey: .body)
        try c.encode(project, forKey: .project)
        try c.encode(seats, forKey: .seats)
        try c.encode(Dictionary(uniqueKeysWithValues: holders.map { ($0.key.rawValue, $0.value) }), forKey: .holders)
        try c.encode(members, forKey: .members)
        try c.encode(Dictionary(uniqueKeysWithValues: people.map { ($0.key.rawValue, $0.value) }), forKey: .people)
        try c.encodeIfPresent(chair, forKey: .chair)
        try c.encode(quorum, forKey: .quorum)
        try c.encode(decisionRule, forKey: .decisionRule)
        try c.encode(chairHasCastingVote, forKey: .chairHasCastingVote)
        try c.encode(votesNamedInPublic, forKey: .votesNamedInPublic)
        try c.encode(allowQuorumOverride, forKey: .allowQuorumOverride)
        try c.encodeIfPresent(chairSeat, forKey: .chairSeat)
        try c.encodeIfPresent(timeZone, forKey: .timeZone)
    }

    /// A map keyed by id: a JSON object, or the `[key, value, …]` array of earlier records.
    private static func decodeMap<Tag, Value: Decodable>(
        _ c: KeyedDecodingContainer<CodingKeys>, _ key: CodingKeys
    ) throws -> [Identifier<Tag>: Value] {
        if let object = try? c.decode([String: Value].self, forKey: key) {
            return Dictionary(uniqueKeysWithValues: object.map { (Identifier($0.key), $0.value) })
        }
        var array = try c.nestedUnkeyedContainer(forKey: key)
        var map: [Identifier<Tag>: Value] = [:]
        while !array.isAtEnd {
            let id = try array.decode(Identifier<Tag>.self)
            map[id] = try array.decode(Value.self)
        }
        return map
    }
}
