/// What the signed-in operator may do, by role: intake clerks and supervisors serve a resident
/// with the originals in hand; reviewers and supervisors open the review queue; everyone can sign
/// out (F10 quits the console).
enum CounterHomeScreen: CounterScreenFeature {
    static let helpKey = "counter.help.home"

    enum Item { case intake, find, queue, signOut }

    static func items(_ state: CounterState) -> [Item] {
        guard let person = state.signedIn else { return [.signOut] }
        return (person.role.allows(.intake) ? [.intake, .find] : []) + (person.reviews ? [.queue] : []) + [.signOut]
    }

    static func hints(_ state: CounterState) -> [KeyHint] { [.choose(count: items(state).count), .confirm] }

    static func handle(_ key: Key, _ state: inout CounterState) -> [CounterEffect] {
        let items = items(state)
        switch ChoiceKey.interpret(key, focused: state.focus, count: items.count) {
        case .moveFocus(let index):
            state.focus = index
            return []
        case .none:
            return []
        case .choose(let index):
            switch items[index] {
            case .intake:
                return CounterAssist.open(&state)
            case .find:
                CounterFindScreen.open(&state)
                return []
            case .queue:
                CounterRouter.go(to: .queue, &state)
                return [CounterQueueScreen.request(&state)]
            case .signOut:
                return signOut(&state)
            }
        }
    }

    static func signOut(_ state: inout CounterState) -> [CounterEffect] {
        let leaving = state.signedIn.map { [CounterEffect.signedOut(operatorID: $0.id)] } ?? []
        let discarded = CounterAssist.discard(&state)
        state.signedIn = nil
        state.work = CounterWork()
        state.login = LoginForm()
        CounterRouter.go(to: .login, &state)
        return discarded + leaving
    }

    static func draw(_ state: CounterState, on canvas: inout Canvas) {
        guard let person = state.signedIn else { return }
        canvas.paragraph(state.text("counter.home.title", ["operator": person.id]), style: .title)
        canvas.skip()
        canvas.paragraph(state.text("counter.home.role", ["role": state.text["counter.role.\(person.role.rawValue)"]]))
        if items(state) == [.signOut] { canvas.paragraph(state.text["counter.home.nothing_yet"], style: .hint) }
        canvas.skip()
        let labels = items(state).map { item in
            switch item {
            case .intake: state.text["counter.home.intake"]
            case .find: state.text["counter.home.find"]
            case .queue: state.text["counter.home.queue"]
            case .signOut: state.text["counter.home.sign_out"]
            }
        }
        canvas.menu(labels, focused: state.focus)
    }
}
