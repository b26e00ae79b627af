public enum AgendaItemTag {}

public typealias AgendaItemID = Identifier<AgendaItemTag>
