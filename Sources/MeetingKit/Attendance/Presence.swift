import Foundation

/// The people present after every movement at or before `instant` (all of them when nil), replayed in the
/// timeline's order (A1): the reference `PresenceIndex` answers by, and the fold's answer after a back-dated
/// movement.
public func presence(from movements: [Movement], at instant: Date? = nil) -> Set<PersonID> {
    var present = Set<PersonID>()
    for movement in movements.sorted() {
        if let instant, movement.at > instant { break }
        movement.apply(to: &present)
    }
    return present
}
