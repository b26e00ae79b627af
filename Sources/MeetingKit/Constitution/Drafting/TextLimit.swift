/// How long a text given in one command may be: a note is read in a meeting, not a document pasted into it.
public enum TextLimit {
    public static let characters = 10_000
}
