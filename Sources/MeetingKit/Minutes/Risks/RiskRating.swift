public enum RiskRating: String, Codable, Sendable, CaseIterable, Comparable {
    case low, medium, high, critical

    public static func < (a: Self, b: Self) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
