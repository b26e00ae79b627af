/// How one person attended (A1): their arrivals and departures, and any apologies.
public struct AttendanceRecord: Hashable, Sendable {
    public enum Status: String, Hashable, Sendable { case present, left, apologies, absent }
    public var person: PersonID
    public var status: Status
    public var movements: [Movement]
    public var apologies: String?
    /// Arrived after the meeting opened.
    public var late: Bool
}
