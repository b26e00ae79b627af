/// How a motion is decided (V2, V3). The default is a simple majority; another rule applies only to the
/// motions a unanimous rule change names.
public enum DecisionRule: Hashable, Codable, Sendable {
    /// V2: more votes for than against among votes cast; abstentions are not votes cast; a tie is not carried.
    case simpleMajority
    /// At least `numerator/denominator` of the votes cast (for + against) are for, e.g. two thirds.
    case fraction(numerator: Int, denominator: Int)
    /// V3: every voting seat represented at that moment votes for; one abstention defeats it.
    case unanimity

    public static let twoThirds = DecisionRule.fraction(numerator: 2, denominator: 3)

    /// The name a constitution file uses for the rule.
    public var fileName: String {
        switch self {
        case .simpleMajority: "simple-majority"
        case .unanimity: "unanimous"
        case .fraction(2, 3): "two-thirds"
        case .fraction(3, 4): "three-quarters"
        case .fraction(let n, let d): "\(n)/\(d)"
        }
    }

    /// Parses a rule name as written in a constitution file or a command: `simple-majority`, `two-thirds`,
    /// `three-quarters`, `unanimous`, or a fraction such as `3/5`.
    public init?(fileName text: String) {
        switch text.lowercased() {
        case "simple-majority", "majority": self = .simpleMajority
        case "two-thirds", "2/3": self = .twoThirds
        case "three-quarters", "3/4": self = .fraction(numerator: 3, denominator: 4)
        case "unanimous", "unanimity": self = .unanimity
        default:
            let parts = text.split(separator: "/")
            guard parts.count == 2, let n = Int(parts[0]), let d = Int(parts[1]), n > 0, d > 0, n <= d else {
                return nil
            }
            self = .fraction(numerator: n, denominator: d)
        }
    }

    public static let knownNames = ["simple-majority", "two-thirds", "three-quarters", "unanimous", "N/D (e.g. 3/5)"]

    /// The largest denominator a fraction rule may have: no body of people needs a finer one, and the bound
    /// keeps every sum and product of counts and fractions far from overflow.
    public static let largestDenominator = 1_000

    /// What is wrong with the rule, or nil when it is acceptable. V2: another rule may only ask for more than a
    /// simple majority; a fraction at or below one half would let a minority, or a tie, carry.
    public var problem: String? {
        guard case .fraction(let n, let d) = self else { return nil }
        if d > Self.largestDenominator {
            return
                "\(n)/\(d) has a denominator above \(Self.largestDenominator); write the fraction in smaller terms (V2)"
        }
        guard n <= d - n else { return nil }
        return
            "\(n)/\(d) does not need more than half of the votes cast; a decision rule must need at least a simple "
            + "majority (V2)"
    }

    public var description: String {
        switch self {
        case .simpleMajority: "simple majority of votes cast (abstentions not counted; a tie is not carried)"
        case .unanimity: "unanimous: every represented voting seat votes for"
        case .fraction(let n, let d): "\(n)/\(d) of votes cast (abstentions not counted)"
        }
    }
}

extension DecisionRule {
    /// Compares two double-width products.
    fileprivate static func isLess(_ a: (high: Int, low: UInt), _ b: (high: Int, low: UInt)) -> Bool {
        a.high != b.high ? a.high < b.high : a.low < b.low
    }
}

extension DecisionRule {
    /// What `tally` comes to under this rule (`decide` is for commands). `castingVote` is the chair's, used
    /// only on a tie and only when the constitution grants one (M4).
    public func outcome(of tally: Tally, castingVote: VoteChoice? = nil) -> Outcome {
        switch self {
        case .simpleMajority:
            if tally.inFavour > tally.against {
                return Outcome(
                    carried: true, reason: "\(tally.inFavour) for, \(tally.against) against: a majority of votes cast")
            }
            if tally.inFavour == tally.against {
                if let casting = castingVote, casting != .abstain {
                    return Outcome(
                        carried: casting == .inFavour,
                        reason:
                            "tied \(tally.inFavour)–\(tally.against); decided by the chair's casting vote "
                            + "\(casting.word)"
                    )
                }
                return Outcome(carried: false, reason: "tied \(tally.inFavour)–\(tally.against): a tie is not carried")
            }
            return Outcome(carried: false, reason: "\(tally.inFavour) for, \(tally.against) against: no majority")
        case .fraction(let n, let d):
            let cast = tally.votesCast
            // for/cast >= n/d, in double-width integers: exact (6 of 9 is two thirds) and free of overflow
            // whatever a constitution or a journal holds.
            let carried =
                cast > 0 && d > 0
                && !Self.isLess(tally.inFavour.multipliedFullWidth(by: d), cast.multipliedFullWidth(by: n))
            let needed =
                (0...cast).first { !Self.isLess($0.multipliedFullWidth(by: d), cast.multipliedFullWidth(by: n)) }
                ?? cast
            return Outcome(
                carried: carried,
                reason: "\(tally.inFavour) for of \(cast) votes cast; \(n)/\(d) needs \(max(needed, 1))")
        case .unanimity:
            let everyone = tally.inFavour > 0 && tally.against == 0 && tally.abstentions == 0 && tally.notVoted == 0
            if everyone {
                return Outcome(carried: true, reason: "all \(tally.inFavour) represented seats voted for: unanimous")
            }
            var dissent: [String] = []
            if tally.against > 0 { dissent.append("\(tally.against) against") }
            if tally.abstentions > 0 { dissent.append("\(tally.abstentions) abstaining") }
            if tally.notVoted > 0 { dissent.append("\(tally.notVoted) not voting") }
            if dissent.isEmpty { dissent.append("no votes for") }
            return Outcome(carried: false, reason: "not unanimous: " + dissent.joined(separator: ", "))
        }
    }
}
