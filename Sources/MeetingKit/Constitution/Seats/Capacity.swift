/// The capacity in which someone holds a seat's vote (A4).
public enum Capacity: String, Codable, Sendable, Hashable {
    case representative
    case proxy
}
