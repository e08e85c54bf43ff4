import FamilyAid

/// Choosing each member's payment mode (资金使用方式), member by member: the uses, then under
/// N26 the quota. The screens read keys and draw; the payment draft changes only here.
enum PaymentFlow {
    /// Whether every member of a non-empty list may be added, so the resident may go on.
    static func mayContinue(_ state: AppState) -> Bool {
        guard !state.session.draft.members.isEmpty, let verdicts = MemberFlow.verdicts(state) else { return false }
        return verdicts.allSatisfy(\.isEligible)
    }

    /// Whether every member has a complete payment mode.
    static func isComplete(_ state: AppState) -> Bool {
        state.session.draft.members.allSatisfy { member in
            guard let choice = state.session.payment.choices[member.person.id], !choice.uses.isEmpty else { return false }
            return (!state.settings.policy.usesQuotas || choice.quota != nil)
                && (!asksPeriod(state) || choice.period != nil)
                && (!asksRank(for: member.person.id, state) || choice.rank != nil)
        }
    }

    /// Whether the profile has the sharer choose a first and last day (Jiangsu, Guizhou).
    static func asksPeriod(_ state: AppState) -> Bool { state.settings.policy.authorizationPeriod == .chosenDates }

    /// Whether this sharer's place among the member's sharers is asked: the member has sharers
    /// already, and the profile lets the order be set.
    static func asksRank(for member: ResidentID, _ state: AppState) -> Bool {
        state.settings.policy.sharerOrder == .userSet && (state.session.payment.otherSharers[member] ?? 0) > 0
    }

    /// The store's count of a member's sharers: kept while the member is on the list.
    static func sharersLoaded(_ id: ResidentID, count: Int, _ state: inout AppState) {
        guard state.session.draft.members.contains(where: { $0.person.id == id }) else { return }
        state.session.payment.otherSharers[id] = count
    }

    /// The uses the profile allows, in a fixed order.
    static func allowedUses(_ profile: PolicyProfile) -> [SharedUse] {
        SharedUse.allCases.filter(profile.sharedUses.contains)
    }

    /// From the member list: the first member's uses. Members no longer on the list lose their
    /// choices; new ones start with every allowed use.
    static func start(_ state: inout AppState) -> [Effect] {
        guard mayContinue(state) else { return [] }
        // A letter signed for another list of members is read and signed again.
        let letter = state.session.letter
        if letter.signature != nil || letter.paper != nil, !LetterFlow.isSigned(state) { state.session.letter = LetterDraft() }
        let ids = Set(state.session.draft.members.map(\.person.id))
        state.session.payment.choices = state.session.payment.choices.filter { ids.contains($0.key) }
        for id in ids where state.session.payment.choices[id] == nil {
            var choice = PaymentChoice(uses: state.settings.policy.sharedUses)
            // The first day is most often today: filled in, to be changed if need be.
            let today = state.today
            choice.startText = TextField(String(format: "%04d%02d%02d", today.year, today.month, today.day), capacity: 8)
            state.session.payment.choices[id] = choice
        }
        showUses(of: 0, &state)
        guard state.settings.policy.sharerOrder == .userSet else { return [] }
        return state.session.draft.members.map(\.person.id)
            .filter { state.session.payment.otherSharers[$0] == nil }
            .map(Effect.loadMemberSharers)
    }

    static func showUses(of index: Int, _ state: inout AppState) {
        state.session.payment.current = index
        state.session.payment.notice = nil
        ScreenRouter.go(to: .paymentUses, &state)
    }

    static func showQuota(of index: Int, _ state: inout AppState) {
        state.session.payment.current = index
        state.session.payment.notice = nil
        ScreenRouter.go(to: .paymentQuota, &state)
    }

    /// The member on screen, with their choice so far.
    static func current(_ state: AppState) -> (member: DraftMember, choice: PaymentChoice)? {
        let index = state.session.payment.current
        guard state.session.draft.members.indices.contains(index) else { return nil }
        let member = state.session.draft.members[index]
        guard let choice = state.session.payment.choices[member.person.id] else { return nil }
        return (member, choice)
    }

    static func update(_ state: inout AppState, _ change: (inout PaymentChoice) -> Void) {
        guard let (member, chosen) = current(state) else { return }
        var choice = chosen
        change(&choice)
        state.session.payment.choices[member.person.id] = choice
    }

    static func toggle(_ use: SharedUse, _ state: inout AppState) {
        update(&state) { choice in
            if choice.uses.contains(use) { choice.uses.remove(use) } else { choice.uses.insert(use) }
        }
        state.session.payment.notice = nil
    }

    /// "Continue" on the uses: at least one use; then the quota (N26) or the next member.
    static func confirmUses(_ state: inout AppState) {
        guard let (_, choice) = current(state) else { return }
        guard !choice.uses.isEmpty else {
            state.session.payment.notice = .noUse
            return
        }
        if state.settings.policy.usesQuotas {
            showQuota(of: state.session.payment.current, &state)
        } else {
            afterQuota(&state)
        }
    }

    /// After the quota (or the uses, without quotas): the period where the profile asks for one.
    static func afterQuota(_ state: inout AppState) {
        if asksPeriod(state) {
            state.session.payment.notice = nil
            ScreenRouter.go(to: .paymentPeriod, &state)
        } else {
            afterPeriod(&state)
        }
    }

    /// After the period: the order among the member's sharers where it is asked.
    static func afterPeriod(_ state: inout AppState) {
        guard let (member, choice) = current(state), asksRank(for: member.person.id, state) else {
            next(&state)
            return
        }
        state.session.payment.notice = nil
        ScreenRouter.go(to: .paymentRank, &state)
        state.focus = (choice.rank ?? rankCount(for: member.person.id, state)) - 1
    }

    /// The places this sharer may take: before each sharer the member has, or after them all.
    static func rankCount(for member: ResidentID, _ state: AppState) -> Int {
        min((state.session.payment.otherSharers[member] ?? 0) + 1, ChoiceList.maximumCount)
    }

    static func chooseRank(_ rank: Int, _ state: inout AppState) {
        update(&state) { $0.rank = rank }
        next(&state)
    }

    /// Esc on the order: the period, the quota or the uses, whichever came last.
    static func backFromRank(_ state: inout AppState) {
        let index = state.session.payment.current
        if asksPeriod(state) {
            state.session.payment.notice = nil
            ScreenRouter.go(to: .paymentPeriod, &state)
        } else if state.settings.policy.usesQuotas {
            showQuota(of: index, &state)
        } else {
            showUses(of: index, &state)
        }
    }

    /// Esc on the period: the quota, or the uses without quotas.
    static func backFromPeriod(_ state: inout AppState) {
        let index = state.session.payment.current
        if state.settings.policy.usesQuotas { showQuota(of: index, &state) } else { showUses(of: index, &state) }
    }

    /// Enter on the period: two real dates, the first not in the past, the last after it.
    static func confirmPeriod(_ state: inout AppState) {
        guard let (_, choice) = current(state) else { return }
        var notice: PaymentNotice?
        var accepted: SharingPeriod?
        if choice.startText.text.isEmpty {
            notice = .startEmpty
        } else if let start = date(choice.startText.text) {
            if choice.endText.text.isEmpty {
                notice = .endEmpty
            } else if let end = date(choice.endText.text) {
                do {
                    accepted = try SharingPeriod.chosen(start: start, end: end)
                        .validated(for: state.settings.policy.authorizationPeriod, today: state.today)
                } catch {
                    notice = start < state.today ? .startInPast : .endNotAfterStart
                }
            } else {
                notice = .endInvalid
            }
        } else {
            notice = .startInvalid
        }
        update(&state) { $0.period = accepted }
        state.session.payment.notice = notice
        if accepted != nil {
            afterPeriod(&state)
        } else {
            state.focus = [.startEmpty, .startInvalid, .startInPast].contains(notice) ? 0 : 1
        }
    }

    /// "20261201" as a date; nil for anything but 8 digits of a real date.
    static func date(_ digits: String) -> CivilDate? {
        guard digits.count == 8, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        let characters = Array(digits)
        return CivilDate("\(String(characters[0..<4]))-\(String(characters[4..<6]))-\(String(characters[6..<8]))")
    }

    /// The last screen of a member's payment mode, for going back to it.
    static func showLast(of index: Int, _ state: inout AppState) {
        if state.session.draft.members.indices.contains(index), asksRank(for: state.session.draft.members[index].person.id, state) {
            state.session.payment.current = index
            state.session.payment.notice = nil
            ScreenRouter.go(to: .paymentRank, &state)
        } else if asksPeriod(state) {
            state.session.payment.current = index
            state.session.payment.notice = nil
            ScreenRouter.go(to: .paymentPeriod, &state)
        } else if state.settings.policy.usesQuotas {
            showQuota(of: index, &state)
        } else {
            showUses(of: index, &state)
        }
    }

    /// Esc on the uses: the previous member's last screen, or the member list.
    static func backFromUses(_ state: inout AppState) {
        let index = state.session.payment.current
        if index == 0 {
            ScreenRouter.go(to: .memberList, &state)
        } else {
            showLast(of: index - 1, &state)
        }
    }

    /// Enter on the quota: an amount above zero and within what stays available.
    static func confirmQuota(_ state: inout AppState) {
        guard let (_, choice) = current(state) else { return }
        let text = choice.quotaText.text
        let notice: PaymentNotice?
        var accepted: Money?
        if text.isEmpty {
            notice = .quotaEmpty
        } else if let amount = Money(yuanText: text), !amount.isNegative {
            let available = QuotaSums(state).availableForCurrent
            if !amount.isPositive {
                notice = .quotaZero
            } else if amount > available {
                notice = .quotaTooLarge(available: available)
            } else {
                notice = nil
                accepted = amount
            }
        } else {
            notice = .quotaInvalid
        }
        update(&state) { $0.quota = accepted }
        state.session.payment.notice = notice
        state.focus = 0
        if accepted != nil { afterQuota(&state) }
    }

    /// On to the next member, or, after the last, back to the list, which then offers the next
    /// step.
    static func next(_ state: inout AppState) {
        let index = state.session.payment.current + 1
        if state.session.draft.members.indices.contains(index) {
            showUses(of: index, &state)
        } else {
            state.session.payment.notice = nil
            LetterFlow.open(&state)
        }
    }
}

/// The sharer's shareable balance and the quotas of this draft: what would be set aside and
/// what stays available.
struct QuotaSums {
    let shareable: Money
    /// The quotas accepted for the other members of the draft.
    let otherMembers: Money
    /// The quota typed for the member on screen, when it reads as an amount.
    let typed: Money?

    init(_ state: AppState) {
        let profile = state.settings.policy
        shareable = state.session.person.map {
            SharerStanding.shareableAmount(of: $0, shareable: profile.shareable, minimumRetained: profile.minimumRetained ?? .zero)
        } ?? .zero
        let currentID = PaymentFlow.current(state)?.member.person.id
        otherMembers = state.session.draft.members
            .filter { $0.person.id != currentID }
            .compactMap { state.session.payment.choices[$0.person.id]?.quota }
            .sum()
        typed = PaymentFlow.current(state).flatMap { Money(yuanText: $0.choice.quotaText.text) }
    }

    /// What the member on screen may be given at most.
    var availableForCurrent: Money { shareable - otherMembers }

    /// Set aside for all the members, counting the amount typed for the one on screen.
    var ringFenced: Money { otherMembers + (typed.map { max($0, .zero) } ?? .zero) }

    /// What the sharer keeps for their own use.
    var staysAvailable: Money { shareable - ringFenced }
}
