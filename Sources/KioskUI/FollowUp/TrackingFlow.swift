import FamilyAid

/// Following one's applications, across its screens: what each choice does to the session and
/// what is asked of the store.
enum TrackingFlow {
    /// After the resident confirmed who they are: ask the store for their applications.
    static func load(_ state: AppState) -> [Effect] {
        guard let person = state.session.person else { return [] }
        return [.loadApplications(person.id)]
    }

    static func loaded(_ items: [FollowedApplication], _ state: inout AppState) {
        guard state.session.person != nil else { return }
        state.session.tracking.items = items
    }

    static func count(_ state: AppState) -> Int { state.session.tracking.items?.count ?? 0 }

    /// Whether the signed-in resident made this application (only the sharer acts on it).
    static func isOwn(_ item: FollowedApplication, _ state: AppState) -> Bool {
        item.application.sharer == state.session.person?.id
    }

    static func openList(_ state: inout AppState) {
        ScreenRouter.go(to: .applicationList, &state)
    }

    static func open(_ index: Int, _ state: inout AppState) {
        state.session.tracking.selected = index
        ScreenRouter.go(to: .applicationDetail, &state)
    }

    static func openMember(_ index: Int, _ state: inout AppState) {
        state.session.tracking.member = index
        state.session.tracking.outcome = nil
        state.session.tracking.failed = false
        ScreenRouter.go(to: .applicationMember, &state)
    }

    /// The member open on screen, in the application open.
    static func member(_ state: AppState) -> ApplicationMember? {
        guard let item = state.session.tracking.selectedItem else { return nil }
        let index = state.session.tracking.member
        return item.application.members.indices.contains(index) ? item.application.members[index] : nil
    }

    /// The steps after a rejection the kiosk can take without changing the member's details:
    /// the cause lies outside the application (insurance resumed, another sharing left, a member
    /// unbound, an invitation to send again). Others need corrected details or new proofs.
    static let resubmittableAsIs: Set<NextStep> = [
        .memberEnrolsOrResumesInsurance, .memberLeavesTheOtherSharingFirst, .unbindAMemberFirst,
        .sharerPutsOwnAccountInOrder, .inviteAgain,
    ]

    /// What the sharer may do for the open member now.
    static func actions(_ state: AppState) -> [MemberAction] {
        guard let item = state.session.tracking.selectedItem, isOwn(item, state), let member = member(state) else { return [] }
        switch member.lifecycle.state {
        case let current where current.stage.isBeforeDecision:
            return [.cancel]
        case .rejected(let rejection) where rejection.nextSteps.allSatisfy(resubmittableAsIs.contains):
            return [.resubmit]
        case .rejected(let rejection) where RevisionFlow.canRevise(rejection.nextSteps):
            return [.revise]
        default:
            return []
        }
    }

    static func act(_ action: MemberAction, _ state: inout AppState) -> [Effect] {
        guard let item = state.session.tracking.selectedItem, actions(state).contains(action) else { return [] }
        state.session.tracking.acting = true
        state.session.tracking.outcome = nil
        state.session.tracking.failed = false
        ScreenRouter.go(to: .applicationMember, &state)
        return [.actOnMember(item.number, member: state.session.tracking.member, action)]
    }

    static func acted(_ outcome: MemberActionOutcome, _ state: inout AppState) -> [Effect] {
        guard state.session.tracking.acting, let person = state.session.person else { return [] }
        state.session.tracking.acting = false
        state.session.tracking.outcome = outcome
        RevisionFlow.sent(&state)
        return [.loadApplications(person.id)]
    }

    static func serviceFailed(_ state: inout AppState) {
        guard state.session.tracking.acting else { return }
        state.session.tracking.acting = false
        state.session.tracking.failed = true
    }
}
