/// Why a seat has nobody to hold its vote; `explain` puts it in words.
public enum Unrepresented: Hashable, Sendable {
    case bothAbsent
    case representativeAbsentNoProxy
    /// A3: the proxy is present but already holds another seat's vote.
    case proxyHoldsAnotherSeat(proxy: PersonID, seat: SeatID)

    public func explain(in constitution: Constitution) -> String {
        switch self {
        case .bothAbsent: "representative and proxy both absent"
        case .representativeAbsentNoProxy: "representative absent and no proxy appointed"
        case .proxyHoldsAnotherSeat(let proxy, let seat):
            "its proxy \(constitution.displayName(proxy)) already holds the vote of "
                + "\(constitution.seat(seat)?.partner ?? seat.rawValue); one person, one vote (A3)"
        }
    }
}
