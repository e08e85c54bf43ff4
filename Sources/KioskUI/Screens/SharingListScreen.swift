import FamilyAid

/// 我的共济关系: the resident's relationships in force, as sharer and as member, one line each
/// with the other person masked and where it stands. A digit opens one; the last item goes back.
enum SharingListScreen: ScreenFeature {
    static let helpKey = "help.sharing"

    static func step(_ state: AppState) -> Step? { nil }

    static func count(_ state: AppState) -> Int { (state.session.sharing.entries?.count ?? 0) + 1 }

    static func hints(_ state: AppState) -> [KeyHint] { [.choose(count: count(state)), .confirm, .back] }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        if key == .escape {
            ScreenRouter.go(to: .home, &state)
            return []
        }
        let entries = state.session.sharing.entries ?? []
        return ChoiceKey.handle(key, count: entries.count + 1, &state) { index, state in
            if index < entries.count {
                SharingFlow.showDetail(index, &state)
            } else {
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
            labels = entries.map { label($0, text) }
        } else {
            canvas.paragraph(text["sharing.loading"], style: .hint)
        }
        canvas.skip()
        canvas.menu(labels + [text["sharing.back"]], focused: state.focus, spacing: 1)
    }
}
