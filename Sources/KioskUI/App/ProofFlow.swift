import FamilyAid

/// Choosing the proof references, member by member and proof by proof: which set of documents,
/// then each document's number. The screens read keys and draw; the proof draft changes only here.
enum ProofFlow {
    /// The proofs the engine asks of the member at `index`.
    static func requirements(_ index: Int, _ state: AppState) -> [ProofRequirement] {
        guard let verdicts = MemberFlow.verdicts(state), verdicts.indices.contains(index) else { return [] }
        return verdicts[index].requirements.proofs
    }

    /// The requirement on screen, with its member.
    static func current(_ state: AppState) -> (member: DraftMember, requirement: ProofRequirement)? {
        let proofs = state.session.proofs
        guard state.session.draft.members.indices.contains(proofs.member) else { return nil }
        let list = requirements(proofs.member, state)
        guard list.indices.contains(proofs.requirement) else { return nil }
        return (state.session.draft.members[proofs.member], list[proofs.requirement])
    }

    /// Whether only the signed letter proves this (承诺制): documents are then optional.
    static func isByCommitment(_ requirement: ProofRequirement) -> Bool {
        !requirement.alternatives.isEmpty && requirement.alternatives.allSatisfy { $0.contains(.commitmentLetter) && ProofDraft.numbered($0).isEmpty }
    }

    /// After the letter is signed: the first member's first proof.
    static func start(_ state: inout AppState) {
        show(member: 0, requirement: 0, &state)
    }

    /// The proof at this position, or the next one that exists; after the last, the summary.
    static func show(member: Int, requirement: Int, _ state: inout AppState) {
        var member = member
        var requirement = requirement
        while state.session.draft.members.indices.contains(member) {
            if requirements(member, state).indices.contains(requirement) {
                state.session.proofs.member = member
                state.session.proofs.requirement = requirement
                state.session.proofs.document = 0
                ScreenRouter.go(to: .proofSet, &state)
                let id = state.session.draft.members[member].person.id
                if let chosen = state.session.proofs.chosen[id]?[requirement] { state.focus = chosen }
                return
            }
            member += 1
            requirement = 0
        }
        SubmitFlow.open(&state)
    }

    /// Back from the summary: the last proof, or the letter where none is asked.
    static func showLast(_ state: inout AppState) {
        state.session.proofs.member = state.session.draft.members.count
        state.session.proofs.requirement = 0
        backFromSet(&state)
    }

    /// The set chosen; its numbered documents next, else the next proof.
    static func choose(_ alternative: Int, _ state: inout AppState) {
        guard let (member, requirement) = current(state), requirement.alternatives.indices.contains(alternative) else { return }
        let proofs = state.session.proofs
        state.session.proofs.chosen[member.person.id, default: [:]][proofs.requirement] = alternative
        if ProofDraft.numbered(requirement.alternatives[alternative]).isEmpty {
            show(member: proofs.member, requirement: proofs.requirement + 1, &state)
        } else {
            state.session.proofs.document = 0
            ScreenRouter.go(to: .proofNumber, &state)
        }
    }

    /// The document whose number is on screen.
    static func currentDocument(_ state: AppState) -> (member: DraftMember, kind: ProofKind, count: Int)? {
        guard let (member, requirement) = current(state),
              let alternative = state.session.proofs.chosen[member.person.id]?[state.session.proofs.requirement],
              requirement.alternatives.indices.contains(alternative) else { return nil }
        let documents = ProofDraft.numbered(requirement.alternatives[alternative])
        guard documents.indices.contains(state.session.proofs.document) else { return nil }
        return (member, documents[state.session.proofs.document], documents.count)
    }

    static func numberField(_ state: AppState) -> TextField {
        guard let (member, kind, _) = currentDocument(state) else { return TextField(capacity: 30) }
        return state.session.proofs.numbers[member.person.id]?[kind] ?? TextField(capacity: 30)
    }

    static func editNumber(_ state: inout AppState, _ change: (inout TextField) -> Void) {
        guard let (member, kind, _) = currentDocument(state) else { return }
        var field = numberField(state)
        change(&field)
        state.session.proofs.numbers[member.person.id, default: [:]][kind] = field
    }

    /// Enter on a number (it may stay empty): its scan where the kiosk has a scanner, else the
    /// next document or proof.
    static func confirmNumber(_ state: inout AppState) -> [Effect] {
        guard currentDocument(state) != nil else { return [] }
        if state.settings.scansDocuments { return ScanFlow.open(&state) }
        nextDocument(&state)
        return []
    }

    /// After a document (its number, and its scan where there is a scanner): the next document
    /// of the set, or the next proof.
    static func nextDocument(_ state: inout AppState) {
        guard let (_, _, count) = currentDocument(state) else { return }
        let proofs = state.session.proofs
        if proofs.document + 1 < count {
            state.session.proofs.document += 1
            ScreenRouter.go(to: .proofNumber, &state)
        } else {
            show(member: proofs.member, requirement: proofs.requirement + 1, &state)
        }
    }

    /// Esc on a number: the document before (its scan, where there is a scanner), or the set.
    static func backFromNumber(_ state: inout AppState) -> [Effect] {
        guard state.session.proofs.document > 0 else {
            show(member: state.session.proofs.member, requirement: state.session.proofs.requirement, &state)
            return []
        }
        state.session.proofs.document -= 1
        if state.settings.scansDocuments { return ScanFlow.open(&state) }
        ScreenRouter.go(to: .proofNumber, &state)
        return []
    }

    /// Esc on a scan: its document's number.
    static func backFromScan(_ state: inout AppState) {
        ScreenRouter.go(to: .proofNumber, &state)
    }

    /// Esc on a set: the proof before (or its member's), else the letter.
    static func backFromSet(_ state: inout AppState) {
        var member = state.session.proofs.member
        var requirement = state.session.proofs.requirement - 1
        while member >= 0 {
            if requirement >= 0 {
                show(member: member, requirement: requirement, &state)
                return
            }
            member -= 1
            requirement = member >= 0 ? requirements(member, state).count - 1 : -1
        }
        ScreenRouter.go(to: .commitmentLetter, &state)
    }

    /// What is kept for storing: per member, each chosen document with its number and scan, in
    /// the catalog's order of kinds.
    static func references(_ state: AppState) -> [ResidentID: [SubmittedProof]] {
        var result: [ResidentID: [SubmittedProof]] = [:]
        for (index, member) in state.session.draft.members.enumerated() {
            let list = requirements(index, state)
            let proofs = state.session.proofs
            var kinds: Set<ProofKind> = []
            for (position, alternative) in proofs.chosen[member.person.id] ?? [:]
            where list.indices.contains(position) && list[position].alternatives.indices.contains(alternative) {
                kinds.formUnion(list[position].alternatives[alternative].filter { $0 != .registryCheck })
            }
            result[member.person.id] = ProofKind.allCases.filter(kinds.contains).map { kind in
                let number = proofs.numbers[member.person.id]?[kind]?.text
                return SubmittedProof(
                    kind: kind, documentNumber: number?.isEmpty == false ? number : nil,
                    scanSHA256: proofs.scans[member.person.id]?[kind]?.sha256)
            }
        }
        return result
    }
}
