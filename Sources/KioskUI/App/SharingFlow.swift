import FamilyAid

/// 我的共济关系 across its screens: opening the list, choosing one, ending it, and the store's
/// answers. The screens read keys and draw; the overview changes only here.
enum SharingFlow {
    /// From the home menu: the list, read afresh each time (another kiosk may have changed it).
    static func openList(_ state: inout AppState) -> [Effect] {
        guard let person = state.session.person else { return [] }
        state.session.sharing = SharingOverview()
        ScreenRouter.go(to: .sharingList, &state)
        return [.loadRelationships(person.id)]
    }

    static func loaded(_ entries: [SharingEntry], _ state: inout AppState) {
        // An answer after the session ended belongs to nobody on screen now.
        guard state.session.person != nil else { return }
        state.session.sharing.entries = entries
        state.session.sharing.loadFailed = false
    }

    static func showDetail(_ index: Int, _ state: inout AppState) {
        state.session.sharing.selected = index
        ScreenRouter.go(to: .sharingDetail, &state)
    }

    /// The confirmed unbinding (sharer) or leaving (member) of the selected relationship.
    static func end(_ state: inout AppState) -> [Effect] {
        guard let entry = state.session.sharing.selectedEntry else { return [] }
        if case .pending = state.session.sharing.ending { return [] }
        state.session.sharing.ending = .pending(id: entry.id)
        ScreenRouter.go(to: .sharingEnded, &state)
        return [.endRelationship(id: entry.id, side: entry.side)]
    }

    static func ended(_ id: Int64, quotaReturned: Money?, _ state: inout AppState) {
        guard state.session.person != nil, state.session.sharing.ending == .pending(id: id) else { return }
        state.session.sharing.ending = .ended(id: id, quotaReturned: quotaReturned)
    }

    static func serviceFailed(_ state: inout AppState) {
        if case .pending(let id) = state.session.sharing.ending {
            state.session.sharing.ending = .failed(id: id)
        } else if state.screen == .sharingList, state.session.sharing.entries == nil {
            state.session.sharing.loadFailed = true
        }
    }

    /// After the answer: back to the list, read again so the ended one is gone.
    static func backToList(_ state: inout AppState) -> [Effect] {
        openList(&state)
    }
}
