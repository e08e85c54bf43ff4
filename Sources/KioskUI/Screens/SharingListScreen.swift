import FamilyAid

/// 我的共济关系: the resident's relationships in force, as sharer and as member, one line each
/// with the other person masked and where it stands. A digit opens one; the last item goes back.
/// More than eight turn their page with a "next page" item, so one digit always chooses.
enum SharingListScreen: ScreenFeature {
    static let helpKey = "help.sharing"
    static let perPage = 8

    enum Item: Equatable {
        case entry(Int)
        case nextPage
        case back
    }

    static func step(_ state: AppState) -> Step? { nil }

    static func items(_ state: AppState) -> [Item] {
        let count = state.session.sharing.entries?.count ?? 0
        let start = state.session.sharing.page * perPage
        let shown = Array(start..<min(count, start + perPage))
        return shown.map(Item.entry) + (count > perPage ? [.nextPage] : []) + [.back]
    }

    static func hints(_ state: AppState) -> [KeyHint] { [.choose(count: items(state).count), .confirm, .back] }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        if key == .escape {
            ScreenRouter.go(to: .home, &state)
            return []
        }
        let items = items(state)
        let count = state.session.sharing.entries?.count ?? 0
        return ChoiceKey.handle(key, count: items.count, &state) { index, state in
            switch items[index] {
            case .entry(let entry):
                SharingFlow.showDetail(entry, &state)
            case .nextPage:
                let pages = (count + perPage - 1) / perPage
                state.session.sharing.page = (state.session.sharing.page + 1) % max(1, pages)
                state.focus = 0
            case .back:
                ScreenRouter.go(to: .home, &state)
            }
            return []
        }
    }

    /// "我共济给 王*明 · 正在共济" / "王*国 共济给我 · 2026-12-01 起生效".
    static func label(_ entry: SharingEntry, _ text: Localizer) -> String {
        text("sharing.item.\(entry.side.rawValue)", ["name": entry.otherLabel, "state": SharingText.state(entry.relationship, text)])
    }

    static func draw(_ state: AppState, on canvas: inout Canvas) {
        let text = state.text
        let overview = state.session.sharing
        canvas.paragraph(text["sharing.title"], style: .title)
        canvas.skip()
        var labels: [String] = []
        if overview.loadFailed {
            canvas.paragraph(text["sharing.load_failed"], style: .error)
        } else if let entries = overview.entries {
            canvas.paragraph(entries.isEmpty ? text["sharing.empty"] : text("sharing.count", ["count": "\(entries.count)"]))
            // "Back" is added below, loaded or not, so the list can always be left.
            labels = items(state).compactMap { item in
                switch item {
                case .entry(let index): label(entries[index], text)
                case .nextPage: text["sharing.next_page"]
                case .back: nil
                }
            }
        } else {
            canvas.paragraph(text["sharing.loading"], style: .hint)
        }
        canvas.skip()
        canvas.menu(labels + [text["sharing.back"]], focused: state.focus, spacing: 1)
    }
}
