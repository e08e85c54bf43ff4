import FamilyAid

/// 家庭共济缴费 as the session holds it: for which relationship, the contributions already paid
/// for the member (read when the screen opens), and the answer to a payment.
public struct PremiumView: Hashable, Sendable {
    /// Nil until the store has answered.
    public var paid: [PaidPremium]?
    public var outcome: PremiumOutcome?

    public init() {}
}

public enum PremiumOutcome: Hashable, Sendable {
    case pending
    case paid(PremiumReceipt)
    case refused(PremiumRefusal)
    case failed
}

/// Where the member's contribution stands today under the kiosk's profile.
enum PremiumStanding: Equatable {
    /// The store has not said yet what was paid.
    case checking
    /// Payable now: this year's entry.
    case payable(PremiumEntry)
    case alreadyPaid(PremiumEntry, PaidPremium)
    /// No window is open today; the next one (or the last one, when none is ahead).
    case outsideWindow(PremiumEntry?)
}

/// 家庭共济缴费 across its screens: opening it from a relationship, paying, and the answers.
enum PremiumFlow {
    static let kind = PremiumKind.residentMedical

    /// Only a sharer, for a member in resident insurance, under a profile that lets shared money
    /// pay the contribution and a relationship that allows it.
    static func isOffered(_ entry: SharingEntry, policy: PolicyProfile) -> Bool {
        entry.side == .sharer && entry.otherInsurance == .resident && entry.relationship.state == .active
            && policy.sharedUses.contains(kind.sharedUse) && entry.uses.contains(kind.sharedUse)
    }

    static func open(_ state: inout AppState) -> [Effect] {
        guard let entry = state.session.sharing.selectedEntry else { return [] }
        state.session.premium = PremiumView()
        ScreenRouter.go(to: .premium, &state)
        state.focus = 1
        return [.loadPremiums(entry.other)]
    }

    static func loaded(_ member: ResidentID, _ paid: [PaidPremium], _ state: inout AppState) {
        guard state.session.person != nil, state.session.sharing.selectedEntry?.other == member else { return }
        state.session.premium.paid = paid
    }

    static func standing(_ state: AppState) -> PremiumStanding {
        let entries = state.settings.policy.premiums.filter { $0.kind == kind }.sorted { $0.opens < $1.opens }
        let today = state.today
        guard let open = entries.first(where: { $0.isOpen(on: today) }) else {
            return .outsideWindow(entries.first(where: { $0.opens > today }) ?? entries.last)
        }
        guard let paid = state.session.premium.paid else { return .checking }
        if let done = paid.first(where: { $0.kind == kind && $0.coverageYear == open.coverageYear }) {
            return .alreadyPaid(open, done)
        }
        return .payable(open)
    }

    /// The confirmed payment of the open year's amount.
    static func pay(_ state: inout AppState) -> [Effect] {
        guard let sharer = state.session.person, let entry = state.session.sharing.selectedEntry,
              case .payable(let premium) = standing(state) else { return [] }
        if state.session.premium.outcome == .pending { return [] }
        state.session.premium.outcome = .pending
        ScreenRouter.go(to: .premiumResult, &state)
        let request = PremiumRequest(
            member: entry.other, memberInsurance: .resident, kind: kind, coverageYear: premium.coverageYear,
            amount: premium.amount, date: state.today)
        return [.payPremium(request, sharer: sharer.id, profile: state.settings.policy)]
    }

    static func answered(_ outcome: PremiumOutcome, _ state: inout AppState) {
        guard state.session.person != nil, state.session.premium.outcome == .pending else { return }
        state.session.premium.outcome = outcome
    }

    static func serviceFailed(_ state: inout AppState) {
        if state.session.premium.outcome == .pending { state.session.premium.outcome = .failed }
    }
}
