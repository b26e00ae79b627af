/// What became of the copy a source makes when a meeting closes (`[backup] folder`): the model words it.
public enum BackupOutcome: Sendable, Equatable {
    case made(destination: String)
    case failed(reason: String)

    var sentence: String {
        switch self {
        case .made(let destination): "Backed up to \(destination) (verified)."
        case .failed(let reason): "NO BACKUP was made: \(reason)"
        }
    }
}
