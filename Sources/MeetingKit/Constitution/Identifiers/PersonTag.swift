public enum PersonTag {}

public typealias PersonID = Identifier<PersonTag>
