import FamilyAid

/// The resident's applications, as sharer and as member, each with its number and status in
/// words; a digit opens one. The last item goes back home.
enum ApplicationListScreen: ScreenFeature {
    static let helpKey = "tracking.help"

    static func step(_ state: AppState) -> Step? { nil }

    /// The applications shown: as many as the digits can choose, with "back" last.
    static func items(_ state: AppState) -> [FollowedApplication] {
        Array((state.session.tracking.items ?? []).prefix(ChoiceList.maximumCount - 1))
    }

    static func hints(_ state: AppState) -> [KeyHint] { [.choose(count: items(state).count + 1), .confirm, .back] }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        ChoiceKey.handleList(key, count: items(state).count, back: .home, &state) { index, state in
            TrackingFlow.open(index, &state)
        }
    }

    /// "DEM001-000001-2，我的申请：部分通过".
    static func label(_ item: FollowedApplication, _ state: AppState) -> String {
        let text = state.text
        return text(TrackingFlow.isOwn(item, state) ? "tracking.item_own" : "tracking.item_member", [
            "number": item.number.text, "sharer": item.sharerName.masked,
            "status": text["application_status.\(item.application.status.rawValue)"],
        ])
    }

    static func draw(_ state: AppState, on canvas: inout Canvas) {
        let text = state.text
        canvas.paragraph(text["tracking.title"], style: .title)
        canvas.skip()
        canvas.paragraph(text("tracking.count", ["count": "\(TrackingFlow.count(state))"]))
        canvas.skip()
        canvas.menu(items(state).map { label($0, state) } + [text["tracking.back"]], focused: state.focus, spacing: 1)
    }
}
