import FamilyAid

/// Adding members, across its screens: what each decision does to the draft, and what is asked
/// of the store. The screens read keys and draw; the draft changes only here.
enum MemberFlow {
    /// From the home menu to the member list. The sharer's existing members are asked for once
    /// per session: the verdicts need them.
    static func openList(_ state: inout AppState) -> [Effect] {
        ScreenRouter.go(to: .memberList, &state)
        guard state.session.draft.existing == nil, let sharer = state.session.person else { return [] }
        return [.loadExistingMembers(sharer: sharer.id)]
    }

    /// "Add a member": resumes a new member left unfinished, or starts one.
    static func startAdding(_ state: inout AppState) {
        if state.session.draft.form == nil || state.session.draft.form?.editing != nil {
            state.session.draft.form = MemberForm()
        }
        ScreenRouter.go(to: .memberIDNumber, &state)
    }

    /// "Change": the member's answers in a form, from the ID number on.
    static func startEditing(_ index: Int, _ state: inout AppState) {
        guard state.session.draft.members.indices.contains(index) else { return }
        state.session.draft.form = MemberForm(editing: index, member: state.session.draft.members[index])
        ScreenRouter.go(to: .memberIDNumber, &state)
    }

    /// Enter on the ID number: every problem is said; a valid number is looked up, unless it is
    /// the person already found.
    static func submitIDNumber(_ state: inout AppState) -> [Effect] {
        guard var form = state.session.draft.form else { return [] }
        form.idNumberSubmitted = true
        defer { state.session.draft.form = form }
        guard let id = try? ResidentID.parse(form.idNumber.text, today: state.today) else {
            state.focus = 0
            return []
        }
        switch form.lookup {
        case .known(let person) where person.id == id:
            ScreenRouter.go(to: personScreen(state), &state)
            return []
        case .pending(let asked) where asked == id:
            return []
        default:
            form.lookup = .pending(id)
            return [.lookUpMember(id)]
        }
    }

    /// The registry's answer. An answer to a question no longer asked (the number changed) is
    /// dropped; one that arrives after the resident went back is kept for when they return.
    static func lookedUp(_ id: ResidentID, _ person: InsuredPerson?, _ state: inout AppState) {
        guard var form = state.session.draft.form, case .pending(let asked) = form.lookup, asked == id else { return }
        form.lookup = person.map(MemberLookup.known) ?? .unknown(id)
        state.session.draft.form = form
        if state.screen == .memberIDNumber { ScreenRouter.go(to: personScreen(state), &state) }
    }

    /// After the registry found the member: at a kiosk "is this the person?" with the masked
    /// name; at a counter the name as printed on the member's documents, typed by the clerk. A
    /// number the registry does not know is said on the person screen either way.
    static func personScreen(_ state: AppState) -> Screen {
        state.settings.isAtCounter && state.session.draft.form?.lookup.person != nil ? .memberName : .memberPerson
    }

    /// Enter on the name typed at a counter: any name goes on; whether it is the registry's is the
    /// engine's verdict to say (INFO_MISMATCH), with the rest of the member's problems.
    static func submitTypedName(_ state: inout AppState) {
        guard var form = state.session.draft.form else { return }
        form.typedNameMissing = PersonName(form.typedName.text).text.isEmpty
        state.session.draft.form = form
        if form.typedNameMissing {
            state.focus = FormKey.fieldFocus
            return
        }
        confirmPerson(&state)
    }

    static func serviceFailed(_ state: inout AppState) {
        GuardianFlow.serviceFailed(&state)
        guard var form = state.session.draft.form, case .pending = form.lookup else { return }
        form.lookup = .failed
        state.session.draft.form = form
    }

    /// How many steps adding this member takes: four, and a fifth where a guardian must confirm.
    static func stepCount(_ state: AppState) -> Int {
        GuardianFlow.isAsked(state) ? 5 : 4
    }

    /// "Yes, this is the person": on to the relationship, the earlier choice in focus.
    static func confirmPerson(_ state: inout AppState) {
        ScreenRouter.go(to: .memberRelation, &state)
        let list = RelationChoice.list(for: state.settings.policy.edition)
        if let chosen = state.session.draft.form?.relation, let index = list.firstIndex(of: chosen) {
            state.focus = index
        }
    }

    static func chooseRelation(_ choice: RelationChoice, _ state: inout AppState) {
        guard var form = state.session.draft.form else { return }
        if form.relation != choice { form.tie = nil }
        form.relation = choice
        state.session.draft.form = form
        if choice.asksTie {
            ScreenRouter.go(to: .memberTie, &state)
            if let tie = form.tie, let index = TieChoice.allCases.firstIndex(of: tie) { state.focus = index }
        } else {
            goToMobile(&state)
        }
    }

    static func chooseTie(_ tie: TieChoice, _ state: inout AppState) {
        state.session.draft.form?.tie = tie
        goToMobile(&state)
    }

    static func goToMobile(_ state: inout AppState) {
        state.session.draft.form?.mobileNotice = nil
        ScreenRouter.go(to: .memberMobile, &state)
    }

    /// Back from the mobile number: to the tie where one was asked, else to the relationship.
    static func backFromMobile(_ state: inout AppState) {
        if state.session.draft.form?.relation?.asksTie == true {
            ScreenRouter.go(to: .memberTie, &state)
            if let tie = state.session.draft.form?.tie, let index = TieChoice.allCases.firstIndex(of: tie) { state.focus = index }
        } else {
            confirmPerson(&state)
        }
    }

    /// Enter on the mobile number: a bad number is said in words; a good one completes the
    /// member, whose verdict is shown at once, unless a guardian must confirm: then the
    /// guardian is asked for first.
    static func submitMobile(_ state: inout AppState) {
        guard var form = state.session.draft.form else { return }
        guard MobileNumber(form.mobile.text) != nil else {
            form.mobileNotice = form.mobile.isEmpty ? .empty : .invalid
            state.session.draft.form = form
            state.focus = 0
            return
        }
        if GuardianFlow.isAsked(state) {
            GuardianFlow.open(&state)
        } else {
            complete(guardian: nil, &state)
        }
    }

    /// The member is complete: into the draft (in place of the one changed), its verdict on screen.
    static func complete(guardian: InsuredPerson?, _ state: inout AppState) {
        guard let form = state.session.draft.form, let mobile = MobileNumber(form.mobile.text) else { return }
        guard let person = form.lookup.person, let relation = form.declaredRelation else {
            ScreenRouter.go(to: .memberIDNumber, &state)
            return
        }
        let typedName = state.settings.isAtCounter ? PersonName(form.typedName.text) : nil
        let member = DraftMember(person: person, relation: relation, mobile: mobile, guardian: guardian, typedName: typedName)
        var draft = state.session.draft
        if let index = form.editing, draft.members.indices.contains(index) {
            draft.members[index] = member
            draft.selected = index
        } else {
            draft.members.append(member)
            draft.selected = draft.members.count - 1
        }
        draft.form = nil
        draft.verdictScroll = 0
        state.session.draft = draft
        ScreenRouter.go(to: .memberVerdict, &state)
    }

    static func showVerdict(_ index: Int, _ state: inout AppState) {
        state.session.draft.selected = index
        state.session.draft.verdictScroll = 0
        ScreenRouter.go(to: .memberVerdict, &state)
    }

    static func remove(_ index: Int, _ state: inout AppState) {
        guard state.session.draft.members.indices.contains(index) else { return }
        state.session.draft.members.remove(at: index)
        if state.session.draft.form?.editing != nil { state.session.draft.form = nil }
        state.session.draft.selected = 0
        ScreenRouter.go(to: .memberList, &state)
    }

    /// The engine's verdict on every member of the draft, in order; nil until the sharer's
    /// existing members are known.
    static func verdicts(_ state: AppState) -> [MemberVerdict]? {
        guard let sharer = state.session.person, let existing = state.session.draft.existing else { return nil }
        return Eligibility.judge(
            sharer: sharer, members: state.session.draft.members.map(\.proposed), existing: existing,
            profile: state.settings.policy, today: state.today)
    }
}
