import FamilyAid

/// The signed-in resident's home: who they are (masked), what their insurance is, and in words
/// whether they may share their account, with the shareable balance when they may. A resident
/// who may share also finds "add members" here; everyone finds their sharing (共济关系) and 消费明细.
enum HomeScreen: ScreenFeature {
    static let helpKey = "help.home"

    enum Item: CaseIterable {
        /// Shown first, and only while invitations wait for this resident's answer.
        case invitations
        case addMembers
        /// Shown while the resident has applications, as sharer or as member.
        case applications
        case mySharing, spending, guide, finish
    }

    static func step(_ state: AppState) -> Step? { nil }

    static func items(_ state: AppState) -> [Item] {
        guard let person = state.session.person else { return [.guide, .finish] }
        let mayShare = if case .mayShare = standing(person, policy: state.settings.policy) { true } else { false }
        let waiting: [Item] = InvitationFlow.count(state) > 0 ? [.invitations] : []
        let applications: [Item] = TrackingFlow.count(state) > 0 ? [.applications] : []
        return waiting + (mayShare ? [.addMembers] : []) + applications + [.mySharing, .spending, .guide, .finish]
    }

    static func hints(_ state: AppState) -> [KeyHint] { [.choose(count: items(state).count), .confirm] }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        let items = items(state)
        return ChoiceKey.handle(key, count: items.count, &state) { index, state in
            switch items[index] {
            case .invitations:
                InvitationFlow.openList(&state)
                return []
            case .addMembers:
                return MemberFlow.openList(&state)
            case .applications:
                TrackingFlow.openList(&state)
                return []
            case .mySharing:
                return SharingFlow.openList(&state)
            case .spending:
                return SpendingFlow.open(&state)
            case .guide:
                state.guideScroll = 0
                ScreenRouter.go(to: .guide, &state)
                return []
            case .finish:
                return Kiosk.endSession(&state, reason: .finished)
            }
        }
    }

    static func standing(_ person: InsuredPerson, policy: PolicyProfile) -> SharerStanding {
        SharerStanding.assess(person, shareable: policy.shareable, minimumRetained: policy.minimumRetained ?? .zero)
    }

    /// The verdict on sharing under the region's policy, in words, and whether it is good news.
    static func verdict(for person: InsuredPerson, policy: PolicyProfile, text: Localizer) -> (String, isGood: Bool) {
        return switch standing(person, policy: policy) {
        case .mayShare(let shareable):
            (text("home.may_share", ["amount": shareable.yuanText]), true)
        case .cannotShare(.residentInsurance):
            (text["home.cannot_share.resident"], false)
        case .cannotShare(.notInsured):
            (text["home.cannot_share.not_insured"], false)
        case .cannotShare(.accountSuspended(let status)):
            (text("home.cannot_share.suspended", ["status": text["insurance_status.\(status.rawValue)"]]), false)
        case .cannotShare(.nothingShareable):
            (text["home.cannot_share.nothing_shareable"], false)
        }
    }

    static func draw(_ state: AppState, on canvas: inout Canvas) {
        guard let person = state.session.person else { return }
        let text = state.text
        canvas.paragraph(text("home.greeting", ["name": person.name.masked]), style: .title)
        canvas.skip()
        canvas.labelled(text["home.id"], person.id.masked)
        canvas.labelled(text["home.insurance"], text["insurance_kind.\(person.insurance.rawValue)"]
            + (person.insurance == .none ? "" : " · " + text["insurance_status.\(person.status.rawValue)"]))
        canvas.labelled(text["home.region"], person.region.code)
        canvas.skip()
        let (message, isGood) = verdict(for: person, policy: state.settings.policy, text: text)
        canvas.paragraph(message, style: isGood ? .ok : .plain)
        canvas.skip()
        let labels = items(state).map { item in
            switch item {
            case .invitations: text("invitations.home_item", ["count": "\(InvitationFlow.count(state))"])
            case .addMembers: text["home.add_members"]
            case .applications: text("tracking.home_item", ["count": "\(TrackingFlow.count(state))"])
            case .mySharing: text["home.my_sharing"]
            case .spending: text["home.spending"]
            case .guide: text["home.guide"]
            case .finish: text["home.finish"]
            }
        }
        canvas.menu(labels, focused: state.focus, spacing: labels.count > 3 ? 1 : 2)
    }
}
