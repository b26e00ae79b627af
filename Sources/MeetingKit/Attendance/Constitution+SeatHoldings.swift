import Foundation

extension Constitution {
    /// A2, A3: a seat is held by its representative when present, else by its proxy when present. A person
    /// holds at most one vote: their own seat as representative comes first, and any further seat that would
    /// fall to them as proxy counts as unrepresented, with the reason kept.
    public func voteHolders(present: Set<PersonID>) -> [SeatID: SeatHolding] {
        Dictionary(uniqueKeysWithValues: zip(seats.map(\.id), seatHoldings(present: present)))
    }

    /// The same as `voteHolders`, in seat order: the form the fold and the views use, as it is cheaper.
    public func seatHoldings(present: Set<PersonID>) -> [SeatHolding] {
        // Representatives first, so that a person's own seat wins over a seat they would hold as proxy.
        var result = [SeatHolding](repeating: .unrepresented(.bothAbsent), count: seats.count)
        var proxySeats: [(index: Int, proxy: PersonID?)] = []
        for (index, seat) in seats.enumerated() {
            guard let people = holders[seat.id] else { continue }
            if present.contains(people.representative) {
                result[index] = .held(by: people.representative, as: .representative)
            } else {
                proxySeats.append((index, people.proxy))
            }
        }
        for (index, proxy) in proxySeats {
            guard let proxy else {
                result[index] = .unrepresented(.representativeAbsentNoProxy)
                continue
            }
            guard present.contains(proxy) else { continue }
            // At most a dozen seats: a scan for the proxy's other seat is cheaper than a dictionary.
            if let other = result.firstIndex(where: { $0.holder == proxy }) {
                result[index] = .unrepresented(.proxyHoldsAnotherSeat(proxy: proxy, seat: seats[other].id))
            } else {
                result[index] = .held(by: proxy, as: .proxy)
            }
        }
        return result
    }

    /// Q1–Q3: quorum for the given people present.
    public func quorum(present: Set<PersonID>) -> QuorumStatus {
        quorum(holdings: seatHoldings(present: present), present: present)
    }

    /// Q1–Q3 from holdings already computed for `present`.
    func quorum(holdings: [SeatHolding], present: Set<PersonID>) -> QuorumStatus {
        let represented = holdings.count { $0.holder != nil }
        return quorum.evaluate(
            seatsRepresented: represented, votingSeats: seats.count, corePeople: corePeople, present: present)
    }
}
