import FamilyAid
import KioskFrame

/// Finding a resident by the number of an application they are in: the clerk types it as the
/// resident quotes it (spaces and dashes as they come), the store answers with the application's
/// people, and the clerk picks who stands at the counter. That resident is then served as by ID
/// number, from the check of their originals on.
enum CounterFindScreen: CounterScreenFeature {
    static let helpKey = "counter.help.find"

    static func hints(_ state: CounterState) -> [KeyHint] {
        let count = state.work.find.found?.people.count ?? 0
        return (count > 0 ? [.choose(count: count)] : []) + [KeyHint("Enter", "counter.keys.find"), .back]
    }

    static func open(_ state: inout CounterState) {
        state.work.find = FindView()
        CounterRouter.go(to: .find, &state)
    }

    static func handle(_ key: Key, _ state: inout CounterState) -> [CounterEffect] {
        if key == .escape {
            CounterRouter.go(to: .home, &state)
            return []
        }
        if let found = state.work.find.found, !found.people.isEmpty {
            return choose(key, among: found.people, &state)
        }
        var find = state.work.find
        defer { state.work.find = find }
        switch key {
        case .enter:
            guard !find.isLooking else { return [] }
            guard let number = try? ApplicationNumber.parse(find.number.text) else {
                find.notice = .notANumber
                return []
            }
            find.notice = nil
            find.isLooking = true
            return [.findApplication(number)]
        case .character(let character):
            // As the resident quotes it: letters and digits, with spaces or dashes between groups.
            guard let typed = character == " " ? " " : PaperFormNumber.normalizedInput(character) else { return [] }
            find.number.insert(typed)
            find.notice = nil
        default:
            if find.number.apply(key) { find.notice = nil }
        }
        return []
    }

    /// With the application's people listed, a digit (or ↑↓ and Enter) picks who stands at the
    /// counter; Backspace goes back to the number, to look up another.
    private static func choose(_ key: Key, among people: [FoundPerson], _ state: inout CounterState) -> [CounterEffect] {
        if key == .backspace {
            state.work.find.found = nil
            state.focus = 0
            return []
        }
        switch ChoiceKey.interpret(key, focused: state.focus, count: people.count) {
        case .moveFocus(let index):
            state.focus = index
            return []
        case .none:
            return []
        case .choose(let index):
            return CounterAssist.open(&state, serving: people[index].id)
        }
    }

    /// The store's answer: the application's people, or that it has no such application.
    static func found(_ application: FoundApplication?, _ state: inout CounterState) {
        guard state.work.find.isLooking else { return }
        state.work.find.isLooking = false
        state.work.find.found = application
        state.work.find.notice = application == nil ? .notFound : nil
    }

    static func draw(_ state: CounterState, on canvas: inout Canvas) {
        let text = state.text
        let find = state.work.find
        canvas.paragraph(text["counter.find.title"], style: .title)
        canvas.skip()
        canvas.paragraph(text["counter.find.label"])
        let field = TextFieldView(field: find.number, width: 24, isFocused: true)
        _ = field.draw(into: &canvas.rendering.frame, at: Position(row: canvas.row, column: canvas.margin))
        canvas.row += 2
        switch find.notice {
        case .notANumber: canvas.paragraph(text["counter.find.not_a_number"], style: .error)
        case .notFound: canvas.paragraph(text["counter.find.not_found"], style: .error)
        case nil:
            if find.isLooking { canvas.paragraph(text["counter.loading"], style: .hint) }
        }
        guard let found = find.found else {
            if find.notice == nil, !find.isLooking { canvas.paragraph(text["counter.find.hint"], style: .hint) }
            return
        }
        canvas.paragraph(text("counter.find.people", ["number": found.number.text]))
        canvas.skip()
        let labels = found.people.map { person in
            text("counter.find.person", ["name": person.maskedName, "id": person.id.masked, "role": text["counter.find.role.\(person.role.rawValue)"]])
        }
        canvas.menu(labels, focused: state.focus)
        canvas.paragraph(text["counter.find.choose"], style: .hint)
    }
}
