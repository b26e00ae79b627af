/// A typed string identifier, so a seat id can never be passed where a person id is expected.
public struct Identifier<Tag>: Hashable, Comparable, Codable, Sendable, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public init(from decoder: Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Lower-case words joined by hyphens: the stable id a name or role gets when none is given.
public func slug(_ text: String) -> String {
    var out = ""
    var pendingHyphen = false
    for scalar in text.lowercased().unicodeScalars {
        if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
            if pendingHyphen && !out.isEmpty { out.append("-") }
            out.unicodeScalars.append(scalar)
            pendingHyphen = false
        } else if scalar != "'" && scalar != "\u{2019}" {
            pendingHyphen = true
        }
    }
    return out
}
