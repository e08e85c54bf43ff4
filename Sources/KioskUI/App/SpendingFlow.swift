import FamilyAid

/// 消费明细 across its one screen: opening it, changing the period, turning pages, and the
/// store's answer. The screen reads keys and draws; the view changes only here.
enum SpendingFlow {
    /// From the home menu: this month first, read afresh.
    static func open(_ state: inout AppState) -> [Effect] {
        state.session.spending = SpendingView()
        ScreenRouter.go(to: .spending, &state)
        return load(&state)
    }

    static func choose(_ range: SpendingRange, _ state: inout AppState) -> [Effect] {
        state.session.spending.range = range
        return load(&state)
    }

    /// Asks for the chosen period; what was shown goes until the answer comes.
    private static func load(_ state: inout AppState) -> [Effect] {
        guard let person = state.session.person else { return [] }
        let (from, to) = state.session.spending.range.dates(today: state.today)
        state.session.spending.statement = nil
        state.session.spending.loadFailed = false
        state.session.spending.page = 0
        return [.loadSpending(person.id, from: from, to: to)]
    }

    /// The store's answer; one for a period no longer chosen (or after the session) is dropped.
    static func loaded(_ statement: SpendingStatement, _ state: inout AppState) {
        guard state.session.person != nil else { return }
        let (from, to) = state.session.spending.range.dates(today: state.today)
        guard statement.from == from, statement.to == to else { return }
        state.session.spending.statement = statement
        state.session.spending.page = 0
    }

    static func serviceFailed(_ state: inout AppState) {
        guard state.screen == .spending, state.session.spending.statement == nil else { return }
        state.session.spending.loadFailed = true
    }

    /// The next page, back to the first after the last.
    static func nextPage(pages: Int, _ state: inout AppState) {
        state.session.spending.page = pages > 0 ? (state.session.spending.page + 1) % pages : 0
    }
}
