import FamilyAid

/// Choosing the proof references, member by member and proof by proof: which set of documents,
/// then each document's number (and its scan, at a kiosk with a scanner). The same screens serve
/// an application being made and a rejected member being corrected: `subjects` says whose proofs
/// are asked, and the proof draft in use is the revision's while one is open. The screens read
/// keys and draw; the proof draft changes only here.
enum ProofFlow {
    /// One person whose proofs are asked: who, and what the engine asks of them.
    struct Subject {
        var id: ResidentID
        var name: PersonName
        var requirements: [ProofRequirement]
    }

    /// The members whose proofs are chosen: the application's, or the one member being revised.
    static func subjects(_ state: AppState) -> [Subject] {
        if let revision = state.session.revision {
            return [Subject(id: revision.original.id, name: revision.original.name, requirements: revision.verdict?.requirements.proofs ?? [])]
        }
        let verdicts = MemberFlow.verdicts(state)
        return state.session.draft.members.enumerated().map { index, member in
            Subject(id: member.person.id, name: member.person.name,
                    requirements: verdicts.map { $0.indices.contains(index) ? $0[index].requirements.proofs : [] } ?? [])
        }
    }

    /// The requirement on screen, with its member.
    static func current(_ state: AppState) -> (member: Subject, requirement: ProofRequirement)? {
        let proofs = state.session.activeProofs
        let subjects = subjects(state)
        guard subjects.indices.contains(proofs.member) else { return nil }
        let list = subjects[proofs.member].requirements
        guard list.indices.contains(proofs.requirement) else { return nil }
        return (subjects[proofs.member], list[proofs.requirement])
    }

    /// Whether only the signed letter proves this (承诺制): documents are then optional.
    static func isByCommitment(_ requirement: ProofRequirement) -> Bool {
        !requirement.alternatives.isEmpty && requirement.alternatives.allSatisfy { $0.contains(.commitmentLetter) && ProofDraft.numbered($0).isEmpty }
    }

    /// After the letter is signed (or a revision judged): the first member's first proof.
    static func start(_ state: inout AppState) {
        show(member: 0, requirement: 0, &state)
    }

    /// The proof at this position, or the next one that exists; after the last, the summary (or
    /// the revision's confirmation).
    static func show(member: Int, requirement: Int, _ state: inout AppState) {
        let subjects = subjects(state)
        var member = member
        var requirement = requirement
        while subjects.indices.contains(member) {
            if subjects[member].requirements.indices.contains(requirement) {
                state.session.activeProofs.member = member
                state.session.activeProofs.requirement = requirement
                state.session.activeProofs.document = 0
                ScreenRouter.go(to: .proofSet, &state)
                if let chosen = state.session.activeProofs.chosen[subjects[member].id]?[requirement] { state.focus = chosen }
                return
            }
            member += 1
            requirement = 0
        }
        if state.session.revision != nil {
            RevisionFlow.openConfirmation(&state)
        } else {
            SubmitFlow.open(&state)
        }
    }

    /// Back from the summary: the last proof, or the letter where none is asked.
    static func showLast(_ state: inout AppState) {
        state.session.activeProofs.member = subjects(state).count
        state.session.activeProofs.requirement = 0
        backFromSet(&state)
    }

    /// The set chosen; its numbered documents next, else the next proof.
    static func choose(_ alternative: Int, _ state: inout AppState) {
        guard let (member, requirement) = current(state), requirement.alternatives.indices.contains(alternative) else { return }
        let proofs = state.session.activeProofs
        state.session.activeProofs.chosen[member.id, default: [:]][proofs.requirement] = alternative
        if ProofDraft.numbered(requirement.alternatives[alternative]).isEmpty {
            show(member: proofs.member, requirement: proofs.requirement + 1, &state)
        } else {
            state.session.activeProofs.document = 0
            ScreenRouter.go(to: .proofNumber, &state)
        }
    }

    /// The document whose number is on screen.
    static func currentDocument(_ state: AppState) -> (member: Subject, kind: ProofKind, count: Int)? {
        let proofs = state.session.activeProofs
        guard let (member, requirement) = current(state),
              let alternative = proofs.chosen[member.id]?[proofs.requirement],
              requirement.alternatives.indices.contains(alternative) else { return nil }
        let documents = ProofDraft.numbered(requirement.alternatives[alternative])
        guard documents.indices.contains(proofs.document) else { return nil }
        return (member, documents[proofs.document], documents.count)
    }

    static func numberField(_ state: AppState) -> TextField {
        guard let (member, kind, _) = currentDocument(state) else { return TextField(capacity: 30) }
        return state.session.activeProofs.numbers[member.id]?[kind] ?? TextField(capacity: 30)
    }

    static func editNumber(_ state: inout AppState, _ change: (inout TextField) -> Void) {
        guard let (member, kind, _) = currentDocument(state) else { return }
        var field = numberField(state)
        change(&field)
        state.session.activeProofs.numbers[member.id, default: [:]][kind] = field
    }

    /// Enter on a number (it may stay empty): its scan where the kiosk has a scanner, else the
    /// next document or proof.
    static func confirmNumber(_ state: inout AppState) -> [Effect] {
        guard let (member, kind, _) = currentDocument(state) else { return [] }
        state.session.activeProofs.numberNotice = nil
        // At a counter the clerk confirms with the original in hand: the document is sighted.
        if state.settings.isAtCounter { state.session.activeProofs.sighted[member.id, default: []].insert(kind) }
        if state.settings.scansDocuments { return ScanFlow.open(&state) }
        nextDocument(&state)
        return []
    }

    /// After a document (its number, and its scan where there is a scanner): the next document
    /// of the set, or the next proof.
    static func nextDocument(_ state: inout AppState) {
        guard let (_, _, count) = currentDocument(state) else { return }
        let proofs = state.session.activeProofs
        if proofs.document + 1 < count {
            state.session.activeProofs.document += 1
            ScreenRouter.go(to: .proofNumber, &state)
        } else {
            show(member: proofs.member, requirement: proofs.requirement + 1, &state)
        }
    }

    /// Esc on a number: the document before (its scan, where there is a scanner), or the set.
    static func backFromNumber(_ state: inout AppState) -> [Effect] {
        state.session.activeProofs.numberNotice = nil
        let proofs = state.session.activeProofs
        guard proofs.document > 0 else {
            show(member: proofs.member, requirement: proofs.requirement, &state)
            return []
        }
        state.session.activeProofs.document -= 1
        if state.settings.scansDocuments { return ScanFlow.open(&state) }
        ScreenRouter.go(to: .proofNumber, &state)
        return []
    }

    /// Esc on a scan: its document's number.
    static func backFromScan(_ state: inout AppState) {
        ScreenRouter.go(to: .proofNumber, &state)
    }

    /// Esc on a set: the proof before (or its member's), else the letter (or, for a revision,
    /// the step before its proofs).
    static func backFromSet(_ state: inout AppState) {
        let subjects = subjects(state)
        var member = state.session.activeProofs.member
        var requirement = state.session.activeProofs.requirement - 1
        while member >= 0 {
            if requirement >= 0, subjects.indices.contains(member) {
                show(member: member, requirement: requirement, &state)
                return
            }
            member -= 1
            requirement = subjects.indices.contains(member) ? subjects[member].requirements.count - 1 : -1
        }
        if state.session.revision != nil {
            RevisionFlow.backFromProofs(&state)
        } else {
            ScreenRouter.go(to: LetterFlow.screen(state), &state)
        }
    }

    /// What is kept for storing: per member, each chosen document with its number and scan, in
    /// the catalog's order of kinds.
    static func references(_ state: AppState) -> [ResidentID: [SubmittedProof]] {
        var result: [ResidentID: [SubmittedProof]] = [:]
        let proofs = state.session.activeProofs
        for subject in subjects(state) {
            let list = subject.requirements
            var kinds: Set<ProofKind> = []
            for (position, alternative) in proofs.chosen[subject.id] ?? [:]
            where list.indices.contains(position) && list[position].alternatives.indices.contains(alternative) {
                kinds.formUnion(list[position].alternatives[alternative].filter { $0 != .registryCheck })
            }
            result[subject.id] = ProofKind.allCases.filter(kinds.contains).map { kind in
                let number = proofs.numbers[subject.id]?[kind]?.text
                return SubmittedProof(
                    kind: kind, documentNumber: number?.isEmpty == false ? number : nil,
                    scanSHA256: proofs.scans[subject.id]?[kind]?.sha256,
                    sighted: proofs.sighted[subject.id]?.contains(kind) == true)
            }
        }
        return result
    }
}
