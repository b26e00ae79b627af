public enum SeatTag {}

public typealias SeatID = Identifier<SeatTag>
