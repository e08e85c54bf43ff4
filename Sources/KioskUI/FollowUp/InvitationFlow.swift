import FamilyAid

/// Answering an invitation, across its screens: what each decision does to the session and what
/// is asked of the store. The screens read keys and draw; the invitation state changes only here.
enum InvitationFlow {
    /// After the resident confirmed who they are: ask the store what waits for them.
    static func load(_ state: AppState) -> [Effect] {
        guard let person = state.session.person else { return [] }
        return [.loadInvitations(person.id)]
    }

    /// The store's answer. One that arrives after the session ended belongs to nobody on screen.
    static func loaded(_ items: [InvitationItem], _ state: inout AppState) {
        guard state.session.person != nil else { return }
        state.session.invitations.items = items
        if state.session.invitations.selected >= items.count { state.session.invitations.selected = 0 }
    }

    static func openList(_ state: inout AppState) {
        ScreenRouter.go(to: .invitationList, &state)
    }

    static func open(_ index: Int, _ state: inout AppState) {
        state.session.invitations.selected = index
        ScreenRouter.go(to: .invitation, &state)
    }

    /// Confirm, or decline after the second question. An invitation past its last day is not
    /// sent: the result says it expired.
    static func answer(accept: Bool, _ state: inout AppState) -> [Effect] {
        guard let item = state.session.invitations.selectedItem else { return [] }
        state.session.invitations.failed = false
        state.session.invitations.answered = item
        ScreenRouter.go(to: .invitationResult, &state)
        if item.hasExpired(on: state.today) {
            state.session.invitations.outcome = .expired
            return []
        }
        state.session.invitations.outcome = nil
        state.session.invitations.answering = true
        return [.answerInvitation(item.number, member: item.memberIndex, party: item.party, accept: accept)]
    }

    /// The store recorded the answer (or found the invitation no longer open): say so, and read
    /// again what still waits.
    static func answered(_ outcome: InvitationOutcome, _ state: inout AppState) -> [Effect] {
        guard state.session.invitations.answering else { return [] }
        state.session.invitations.answering = false
        state.session.invitations.outcome = outcome
        return load(state) + TrackingFlow.load(state)
    }

    static func serviceFailed(_ state: inout AppState) {
        guard state.session.invitations.answering else { return }
        state.session.invitations.answering = false
        state.session.invitations.failed = true
    }

    /// The invitations still to answer (the list shows expired ones too, marked).
    static func count(_ state: AppState) -> Int {
        state.session.invitations.items?.count ?? 0
    }
}
