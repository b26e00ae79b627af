import Foundation

/// How hard the fuzz tests push: a fixed seed and a bounded count in CI, so a run is repeatable and quick;
/// `GAVEL_FUZZ_ITERATIONS` and `GAVEL_FUZZ_SEED` for a longer or different run by hand (see the README).
public enum FuzzBudget {
    public static var iterations: Int {
        ProcessInfo.processInfo.environment["GAVEL_FUZZ_ITERATIONS"].flatMap(Int.init) ?? 2_000
    }

    public static var seed: UInt64 {
        ProcessInfo.processInfo.environment["GAVEL_FUZZ_SEED"].flatMap(UInt64.init) ?? 0x6A5E_1000
    }

    /// A fresh generator for one fuzz test, told apart from the others by `salt`.
    public static func generator(_ salt: UInt64) -> SeededGenerator { SeededGenerator(state: seed ^ salt) }
}
