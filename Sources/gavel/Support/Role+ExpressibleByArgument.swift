import ArgumentParser
import CommandLanguage
import Foundation
import MeetingKit
import MeetingStore

extension Role: ExpressibleByArgument {}
