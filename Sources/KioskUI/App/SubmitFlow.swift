import FamilyAid

/// The summary, the submission and the receipt. The screens read keys and draw; the submission
/// draft changes only here.
enum SubmitFlow {
    /// After the last proof: the summary from its top.
    static func open(_ state: inout AppState) {
        state.session.submission.scroll = 0
        state.session.submission.notice = nil
        ScreenRouter.go(to: .applicationSummary, &state)
    }

    /// Each member's documents as chosen, in the catalog's order of kinds.
    static func proofs(of member: DraftMember, _ state: AppState) -> [SubmittedProof] {
        ProofFlow.references(state)[member.person.id] ?? []
    }

    /// Submit: the check runs once more on today's facts; a member no longer allowed stops it
    /// with the reason. Otherwise the application goes to the store.
    static func submit(_ state: inout AppState) -> [Effect] {
        guard !state.session.submission.submitting, let person = state.session.person else { return [] }
        guard let verdicts = MemberFlow.verdicts(state) else {
            state.session.submission.notice = .serviceUnavailable
            return []
        }
        if let refused = verdicts.firstIndex(where: { !$0.violations.isEmpty }) {
            state.session.submission.notice = .memberNotAllowed(refused)
            return []
        }
        guard let letter = LetterFlow.signed(state) else {
            state.session.submission.notice = .letterNotSigned
            return []
        }
        let members = state.session.draft.members.enumerated().map { index, member in
            let choice = state.session.payment.choices[member.person.id]
            return ApplicationSubmission.Member(
                details: MemberDetails(
                    name: member.typedName ?? member.person.name, id: member.person.id, relation: member.relation,
                    period: choice?.period ?? .openEnded, guardian: member.guardian?.id, mobile: member.mobile),
                confirmations: verdicts[index].requirements.confirmations,
                uses: choice?.uses ?? state.settings.policy.sharedUses, quota: choice?.quota, rank: choice?.rank,
                proofs: proofs(of: member, state), guardianName: member.guardian?.name)
        }
        state.session.submission.notice = nil
        state.session.submission.submitting = true
        return [.submitApplication(ApplicationSubmission(
            sharer: person.id, profile: state.settings.policy, members: members, letter: letter,
            takenInBy: state.settings.counterClerk))]
    }

    /// The store holds the application: the receipt, and the draft cleared so it cannot be
    /// submitted twice.
    static func submitted(_ receipt: SubmissionReceipt, _ state: inout AppState) {
        guard state.session.submission.submitting, state.screen == .applicationSummary else { return }
        let verdicts = MemberFlow.verdicts(state)
        // The sharer's own consent, where asked, is given by the signed application; a member
        // under 16 is confirmed by the guardian named, who is the one to remind.
        let awaiting = state.session.draft.members.enumerated().flatMap { index, member -> [String] in
            let parties = verdicts?[index].requirements.confirmations.subtracting([.sharer]) ?? []
            return ConfirmingParty.allCases.filter(parties.contains).map { party in
                (party == .guardian ? member.guardian?.name : nil)?.masked ?? member.person.name.masked
            }
        }
        .reduce(into: [String]()) { names, name in if !names.contains(name) { names.append(name) } }
        // The existing members are read again for a next application: this one counts now.
        state.session.draft = MemberDraft()
        state.session.payment = PaymentDraft()
        state.session.letter = LetterDraft()
        state.session.proofs = ProofDraft()
        state.session.submission = SubmissionDraft()
        state.session.submission.receipt = receipt
        state.session.submission.awaitingConfirmation = awaiting
        ScreenRouter.go(to: .applicationReceipt, &state)
    }

    /// The receipt's only way on: the start, the application forgotten.
    static func finish(_ state: inout AppState) {
        state.session.submission = SubmissionDraft()
        ScreenRouter.go(to: .home, &state)
    }

    /// The paper form's number is on file already: back on the paper-forms screen, which says so,
    /// with everything else kept, so the clerk corrects the number and goes on again.
    static func paperFormTakenIn(form: String, application: String, _ state: inout AppState) {
        guard state.session.submission.submitting, state.screen == .applicationSummary else { return }
        state.session.submission.submitting = false
        state.session.letter.paper = nil
        state.session.letter.paperDraft.notice = .applicationFormTakenIn(application: application)
        ScreenRouter.go(to: .paperForms, &state)
    }

    static func serviceFailed(_ state: inout AppState) {
        guard state.session.submission.submitting else { return }
        state.session.submission.submitting = false
        state.session.submission.notice = .serviceUnavailable
    }
}
