/// The keys of a form screen: one text field (focus 0), a confirm button (1) and a back button
/// (2). Tab and the arrows move between them; Enter confirms, unless the back button has the
/// focus; Esc always goes back. Any other key is for the field.
enum FormKey: Equatable {
    case submit
    case back
    case edit(Key)
    case focusMoved

    static let fieldFocus = 0
    static let count = 3

    static func interpret(_ key: Key, _ state: inout AppState) -> FormKey {
        switch key {
        case .escape:
            return .back
        case .tab, .down:
            state.focus = (state.focus + 1) % count
            return .focusMoved
        case .backTab, .up:
            state.focus = (state.focus + count - 1) % count
            return .focusMoved
        case .enter:
            return state.focus == 2 ? .back : .submit
        default:
            return .edit(key)
        }
    }
}
