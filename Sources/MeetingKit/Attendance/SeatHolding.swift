/// Who holds a seat's vote at an instant (A2, A3).
public enum SeatHolding: Hashable, Sendable {
    case held(by: PersonID, as: Capacity)
    case unrepresented(Unrepresented)

    public var holder: PersonID? {
        if case .held(let person, _) = self { return person }
        return nil
    }
}
