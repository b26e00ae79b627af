import Foundation
import MeetingKit

/// A positional parameter or a `key=value` option of a command.
public struct ParameterSpec: Hashable, Sendable {
    public var name: String
    public var kind: ArgumentKind
    public var optional: Bool
    /// Takes every remaining positional word (a list of motions, say).
    public var variadic: Bool

    public init(_ name: String, _ kind: ArgumentKind, optional: Bool = false, variadic: Bool = false) {
        self.name = name
        self.kind = kind
        self.optional = optional
        self.variadic = variadic
    }
}
