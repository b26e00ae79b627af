import ArgumentParser
import ConstitutionFile
import Foundation
import MeetingKit

/// Resolves `NAME|FILE`: a shipped constitution's name, else a path to a constitution file.
func resolveConstitution(_ nameOrPath: String?) throws -> (Constitution, source: String) {
    let choice = nameOrPath ?? ShippedConstitution.default.rawValue
    if let shipped = ShippedConstitution(rawValue: choice) { return (shipped.constitution, "shipped \(choice)") }
    guard FileManager.default.fileExists(atPath: choice) else {
        let names = ShippedConstitution.allCases.map(\.rawValue).joined(separator: ", ")
        throw ValidationError("'\(choice)' is neither a shipped constitution (\(names)) nor a file that exists.")
    }
    do {
        return (try ConstitutionLoader.load(path: choice), choice)
    } catch {
        throw InvalidConstitution(error: error)
    }
}
