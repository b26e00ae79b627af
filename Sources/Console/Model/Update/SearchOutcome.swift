/// What a search of the series came to, from the source: the model words it.
public enum SearchOutcome: Sendable, Equatable {
    /// Each result's lines, best first: the hit ("meeting 3, 2019-10-01, note: …[budget]…"), then how a
    /// corrected entry reads now (`searchHitLines`).
    case found([[String]])
    /// The record could not be searched: said, so it does not look like a search that found nothing.
    case failed(reason: String)

    /// The results overlay's title.
    func title(query: String) -> String {
        switch self {
        case .found(let results): "Search \"\(query)\": \(results.count) found"
        case .failed: "Search \"\(query)\": not done"
        }
    }

    /// The results overlay's lines.
    var lines: [String] {
        switch self {
        case .found(let results) where results.isEmpty: ["Nothing found in any meeting of the series."]
        case .found(let results): results.flatMap { $0 }
        case .failed(let reason): ["The search failed: \(reason)"]
        }
    }
}
