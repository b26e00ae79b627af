import ArgumentParser
import ConstitutionFile
import Foundation
import MeetingKit

/// A constitution file with problems: every problem on its own line, then a non-zero exit.
struct InvalidConstitution: Error, CustomStringConvertible {
    var error: ConstitutionFileError
    var description: String { error.description }
}
