public enum RiskTag {}

public typealias RiskID = Identifier<RiskTag>
