/// Who recorded an event. The chair runs the agenda, motions and votes; the clerk records attendance and
/// minutes; a member casts their own seat's vote from their own terminal, and nothing else (V1, A2).
public enum Role: String, Codable, Sendable, CaseIterable {
    case chair
    case clerk
    case member
}
