import Foundation

public struct CorrectionRecord: Hashable, Sendable {
    public var correction: Correction
    public var at: Date
    public var author: Role
    public var sequence: Int
    /// Its number among the meeting's corrections, from 1: "C1".
    public var number: Int
    /// How the corrected entry or outcome read before; nil when the correction only explains.
    public var was: String?
}
