import Foundation

public struct AppointmentRecord: Hashable, Sendable {
    public var appointment: Appointment
    public var predecessor: PersonID?
    public var at: Date
}
