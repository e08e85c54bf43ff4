import FamilyAid

/// One member's proof: the sets of documents the engine accepts, any one of which suffices; the
/// resident picks the one they bring. Under 承诺制 the signed letter stands in, and the screen
/// says the documents are optional.
enum ProofSetScreen: ScreenFeature {
    static let helpKey = "help.proofs"

    static func step(_ state: AppState) -> Step? { nil }

    static func count(_ state: AppState) -> Int { ProofFlow.current(state)?.requirement.alternatives.count ?? 0 }

    static func hints(_ state: AppState) -> [KeyHint] { [.choose(count: count(state)), .confirm, .back] }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard ProofFlow.current(state) != nil else {
            ScreenRouter.go(to: .memberList, &state)
            return []
        }
        if key == .escape {
            ProofFlow.backFromSet(&state)
            return []
        }
        return ChoiceKey.handle(key, count: count(state), &state) { index, state in
            ProofFlow.choose(index, &state)
            return []
        }
    }

    /// "结婚证 + 户口簿"; the letter as signed.
    static func label(_ set: ProofSet, _ text: Localizer) -> String {
        ProofKind.allCases.filter(set.contains).map { kind in
            kind == .commitmentLetter ? text["proofs.letter_signed"] : text["proof_kind.\(kind.rawValue)"]
        }.joined(separator: " + ")
    }

    static func draw(_ state: AppState, on canvas: inout Canvas) {
        guard let (member, requirement) = ProofFlow.current(state) else { return }
        let text = state.text
        canvas.paragraph(text("proofs.title", [
            "name": member.name.masked, "case": text["proof_case.\(requirement.proofCase.rawValue)"],
        ]), style: .title)
        canvas.skip()
        if ProofFlow.isByCommitment(requirement) {
            canvas.paragraph(text["proofs.by_commitment"], style: .ok)
        } else {
            canvas.paragraph(text["proofs.choose"], style: .hint)
        }
        canvas.skip()
        canvas.menu(requirement.alternatives.map { label($0, text) }, focused: state.focus, spacing: 1)
    }
}
