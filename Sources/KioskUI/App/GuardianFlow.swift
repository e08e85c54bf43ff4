import FamilyAid

/// Naming the parent or guardian who confirms for a member under 16 who is not the sharer's own
/// child (a grandchild, a younger brother or sister): asked after the mobile number, on screens
/// of its own, whenever the engine says a guardian must confirm. The screens read keys and draw;
/// the guardian's part of the form changes only here.
enum GuardianFlow {
    /// Whether the engine wants a guardian's confirmation for this member: a member whose relation
    /// can never be added needs nobody's, so nobody is asked for one.
    static func isAsked(person: InsuredPerson, relation: DeclaredRelation, _ state: AppState) -> Bool {
        guard let sharer = state.session.person else { return false }
        // Who confirms depends on the member alone, not on the sharer's other members.
        let member = ProposedMember(relation: relation, typedName: person.name, idNumber: person.id, registry: person)
        let verdict = Eligibility.judge(
            sharer: sharer, members: [member], existing: .none, profile: state.settings.policy, today: state.today)[0]
        return verdict.requirements.confirmations.contains(.guardian) && !MemberVerdictText.isRefusedForGood(verdict)
    }

    /// The same for the member being added, once the person and the relation are chosen. While
    /// the kind of tie is still to be chosen, a tie by birth stands in for it, so the steps can
    /// be counted from the relationship on.
    static func isAsked(_ state: AppState) -> Bool {
        guard let form = state.session.draft.form, let person = form.lookup.person else { return false }
        let provisional: DeclaredRelation? = if case .category(let category) = form.relation { .near(category, .birth) } else { nil }
        guard let relation = form.declaredRelation ?? provisional else { return false }
        return isAsked(person: person, relation: relation, state)
    }

    /// After the mobile number: the guardian's number, as typed before if the resident comes back.
    static func open(_ state: inout AppState) {
        ScreenRouter.go(to: .memberGuardian, &state)
    }

    /// Enter on the guardian's number: every problem with the number is said; one that cannot be
    /// the guardian (the member, the sharer, someone under 18) is refused at once; otherwise the
    /// registry is asked, unless it already answered for this number.
    static func submitNumber(_ state: inout AppState) -> [Effect] {
        guard var form = state.session.draft.form, let member = form.lookup.person, let sharer = state.session.person else { return [] }
        form.guardian.submitted = true
        defer { state.session.draft.form = form }
        guard let id = try? ResidentID.parse(form.guardian.idNumber.text, today: state.today) else {
            state.focus = 0
            return []
        }
        if let refusal = Eligibility.guardianRefusal(id, member: member.id, sharer: sharer.id, today: state.today) {
            form.guardian.refusal = refusal
            state.focus = 0
            return []
        }
        switch form.guardian.lookup {
        case .known(let person) where person.id == id:
            ScreenRouter.go(to: .memberGuardianPerson, &state)
            return []
        case .pending(let asked) where asked == id:
            return []
        default:
            form.guardian.lookup = .pending(id)
            return [.lookUpGuardian(id)]
        }
    }

    /// The registry's answer for the guardian's number. A number it does not know is refused in
    /// words under the field; an answer to a number no longer asked about is dropped.
    static func lookedUp(_ id: ResidentID, _ person: InsuredPerson?, _ state: inout AppState) {
        guard var form = state.session.draft.form, case .pending(let asked) = form.guardian.lookup, asked == id,
              let member = form.lookup.person, let sharer = state.session.person else { return }
        if let refusal = Eligibility.guardianRefusal(id, registry: person, member: member.id, sharer: sharer.id, today: state.today) {
            form.guardian.lookup = .unknown(id)
            form.guardian.refusal = refusal
        } else if let person {
            form.guardian.lookup = .known(person)
            if state.screen == .memberGuardian { ScreenRouter.go(to: .memberGuardianPerson, &state) }
        }
        state.session.draft.form = form
    }

    static func serviceFailed(_ state: inout AppState) {
        guard var form = state.session.draft.form, case .pending = form.guardian.lookup else { return }
        form.guardian.lookup = .failed
        state.session.draft.form = form
    }

    /// "Yes, this is the guardian": the member is complete, with the guardian.
    static func confirm(_ state: inout AppState) {
        guard let guardian = state.session.draft.form?.guardian.lookup.person else {
            ScreenRouter.go(to: .memberGuardian, &state)
            return
        }
        MemberFlow.complete(guardian: guardian, &state)
    }
}
