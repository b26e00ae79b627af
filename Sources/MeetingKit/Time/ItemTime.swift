import Foundation

extension MeetingState {
    /// Whole minutes each agenda item has been current: from each opening to the next, or to `now` (or the
    /// meeting's close). What the agenda screen and the projector's timer show against time allotted.
    public func minutesUsed(now: Date) -> [AgendaItemID: Int] {
        var seconds: [AgendaItemID: Double] = [:]
        let end = closedAt ?? now
        for (index, opening) in itemOpenings.enumerated() {
            let until = index + 1 < itemOpenings.count ? itemOpenings[index + 1].at : end
            seconds[opening.item, default: 0] += max(0, until.timeIntervalSince(opening.at))
        }
        return seconds.mapValues { Int($0 / 60) }
    }
}
