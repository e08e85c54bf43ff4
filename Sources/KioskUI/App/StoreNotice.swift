/// Why the kiosk cannot save anything just now. Said over the screen in words, with what was
/// typed kept, so that a resident is never left guessing and nothing already submitted is at risk.
public enum StoreNotice: String, Sendable, Equatable, Hashable {
    /// The disk holding the store is full.
    case full
    /// The store can be read but not written (its file, its folder or its disk turned read-only).
    case readOnly

    /// The catalog key of the explanation.
    var textKey: String {
        switch self {
        case .full: "store_notice.full"
        case .readOnly: "store_notice.read_only"
        }
    }
}
