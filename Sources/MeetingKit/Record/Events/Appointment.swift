/// P2–P4: a representative or proxy appointed, naming the successor in the same act.
public struct Appointment: Hashable, Codable, Sendable {
    public var seat: SeatID
    public var capacity: Capacity
    public var successor: Person
    /// P3: the other partners were advised of the appointment.
    public var partnersAdvised: Bool

    public init(seat: SeatID, capacity: Capacity, successor: Person, partnersAdvised: Bool) {
        self.seat = seat
        self.capacity = capacity
        self.successor = successor
        self.partnersAdvised = partnersAdvised
    }
}
