import Foundation

public struct Amendment: Hashable, Sendable {
    public var text: String
    public var note: String
    public var at: Date
}
