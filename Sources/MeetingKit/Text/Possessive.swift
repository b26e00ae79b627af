extension String {
    /// The English possessive of a name as a clerk writes it: "Secondary Governors' vote", "Ann Early's
    /// arrival". A plural ending in "s" takes the apostrophe alone; a singular name ending in "s" ("Jo
    /// Bloggs") reads as well that way, which is the style UK minutes commonly use.
    public var possessive: String { hasSuffix("s") || hasSuffix("S") ? self + "'" : self + "'s" }
}
