import FamilyAid

/// Correcting a rejected member at the kiosk and sending it again: where the rejection says the
/// relation was wrong, the relation chosen again; the engine's verdict on the corrected member;
/// the proofs for it, on the same screens as when applying; a last look; then the store records
/// the correction and the member goes through the system check again. The screens read keys and
/// draw; the revision changes only here.
enum RevisionFlow {
    /// What a resident can put right here: the relation as stated, and the proofs. Every other
    /// step after a rejection either needs no change (`TrackingFlow.resubmittableAsIs`) or a
    /// counter (a name or ID number that differs from the registry).
    static let correctableAtKiosk: Set<NextStep> = [.checkTheStatedRelation, .provideTheMissingProof]

    static func canRevise(_ steps: [NextStep]) -> Bool {
        steps.contains(where: correctableAtKiosk.contains)
            && steps.allSatisfy { correctableAtKiosk.contains($0) || TrackingFlow.resubmittableAsIs.contains($0) }
    }

    /// "Correct and send again" on the member open.
    static func start(_ state: inout AppState) -> [Effect] {
        guard let item = state.session.tracking.selectedItem, let member = TrackingFlow.member(state),
              case .rejected(let rejection) = member.lifecycle.state, canRevise(rejection.nextSteps) else { return [] }
        state.session.revision = MemberRevision(
            number: item.number, member: state.session.tracking.member, original: member.details,
            asksRelation: rejection.nextSteps.contains(.checkTheStatedRelation))
        state.session.tracking.outcome = nil
        state.session.tracking.failed = false
        if state.session.revision?.asksRelation == true {
            showRelation(&state)
            return []
        }
        return judge(&state)
    }

    static func relationList(_ state: AppState) -> [RelationChoice] {
        RelationChoice.list(for: state.settings.policy.edition)
    }

    static func showRelation(_ state: inout AppState) {
        ScreenRouter.go(to: .revisionRelation, &state)
        if let chosen = state.session.revision?.relation, let index = relationList(state).firstIndex(of: chosen) {
            state.focus = index
        }
    }

    static func showTie(_ state: inout AppState) {
        ScreenRouter.go(to: .revisionTie, &state)
        if let tie = state.session.revision?.tie, let index = TieChoice.allCases.firstIndex(of: tie) { state.focus = index }
    }

    static func chooseRelation(_ choice: RelationChoice, _ state: inout AppState) -> [Effect] {
        guard var revision = state.session.revision else { return [] }
        if revision.relation != choice { revision.tie = nil }
        revision.relation = choice
        state.session.revision = revision
        if choice.asksTie {
            showTie(&state)
            return []
        }
        return judge(&state)
    }

    static func chooseTie(_ tie: TieChoice, _ state: inout AppState) -> [Effect] {
        state.session.revision?.tie = tie
        return judge(&state)
    }

    /// The corrected member goes to the engine, against the store's facts of today.
    static func judge(_ state: inout AppState) -> [Effect] {
        guard var revision = state.session.revision else { return [] }
        revision.verdict = nil
        revision.judging = true
        revision.judgingFailed = false
        state.session.revision = revision
        ScreenRouter.go(to: .revisionVerdict, &state)
        return [.judgeRevision(revision.number, member: revision.member, revision.details)]
    }

    /// Allowed: on to the proofs (the earlier choices kept where the relation's proofs are the
    /// same). Not allowed: the verdict screen says why.
    static func judged(_ verdict: MemberVerdict, _ state: inout AppState) {
        guard var revision = state.session.revision, revision.judging, state.screen == .revisionVerdict else { return }
        revision.judging = false
        revision.verdict = verdict
        state.session.revision = revision
        if verdict.isEligible { ProofFlow.start(&state) }
    }

    /// Esc before the first proof, or from the verdict: the relation again, where it is asked;
    /// else the correction is given up.
    static func backFromProofs(_ state: inout AppState) {
        guard let revision = state.session.revision else { return }
        if !revision.asksRelation {
            abandon(&state)
        } else if revision.relation?.asksTie == true {
            showTie(&state)
        } else {
            showRelation(&state)
        }
    }

    static func openConfirmation(_ state: inout AppState) {
        ScreenRouter.go(to: .revisionConfirm, &state)
    }

    /// The proofs as they now stand for the member.
    static func proofs(_ state: AppState) -> [SubmittedProof] {
        guard let revision = state.session.revision else { return [] }
        return ProofFlow.references(state)[revision.original.id] ?? []
    }

    /// Send the correction: the store records it and puts the member through the check again.
    static func send(_ state: inout AppState) -> [Effect] {
        guard let revision = state.session.revision, !state.session.tracking.acting else { return [] }
        state.session.tracking.acting = true
        state.session.tracking.failed = false
        return [.correctMember(MemberCorrection(
            number: revision.number, member: revision.member, details: revision.details, proofs: proofs(state)))]
    }

    /// The store answered the correction: back to the member, whose new steps are read again.
    static func sent(_ state: inout AppState) {
        guard state.session.revision != nil else { return }
        state.session.revision = nil
        ScreenRouter.go(to: .applicationMember, &state)
    }

    static func abandon(_ state: inout AppState) {
        state.session.revision = nil
        ScreenRouter.go(to: .applicationMember, &state)
    }

    static func serviceFailed(_ state: inout AppState) {
        guard var revision = state.session.revision, revision.judging else { return }
        revision.judging = false
        revision.judgingFailed = true
        state.session.revision = revision
    }
}
