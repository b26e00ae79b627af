/// What changes who may reach the record: a series-wide journal of its own, beside the meetings'.
public enum AccessPayload: Hashable, Codable, Sendable {
    case keyAdded(AuthorizedKey)
    case keyRemoved(fingerprint: String, note: String)
    case minutesSigned(MinutesSignature)
}
