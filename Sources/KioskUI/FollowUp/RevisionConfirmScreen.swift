import FamilyAid
import KioskFrame

/// The last look at a correction before it is sent: the relation as it now stands, the proofs
/// that replace the earlier ones, and that the member goes through the check again.
enum RevisionConfirmScreen: ScreenFeature {
    static let helpKey = "revision.help"

    static func step(_ state: AppState) -> Step? { nil }

    static let labels = ["revision.send", "revision.back_to_proofs", "revision.give_up"]

    static func hints(_ state: AppState) -> [KeyHint] {
        state.session.tracking.acting ? [] : [.choose(count: labels.count), .confirm, .back]
    }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard !state.session.tracking.acting else { return [] }
        if key == .escape {
            ProofFlow.showLast(&state)
            return []
        }
        return ChoiceKey.handle(key, count: labels.count, &state) { index, state in
            switch index {
            case 0: return RevisionFlow.send(&state)
            case 1: ProofFlow.showLast(&state)
            default: RevisionFlow.abandon(&state)
            }
            return []
        }
    }

    static func draw(_ state: AppState, on canvas: inout Canvas) {
        guard let revision = state.session.revision else { return }
        let text = state.text
        canvas.paragraph(text("revision.confirm_title", ["name": revision.original.name.masked, "number": revision.number.text]), style: .title)
        canvas.skip()
        canvas.paragraph(text("revision.relation_line", ["relation": MemberVerdictText.relationName(revision.details.relation, text)]))
        let proofs = RevisionFlow.proofs(state).map { ApplicationSummaryScreen.label($0, text) }
        canvas.paragraph(text("revision.proofs_line", [
            "proofs": proofs.isEmpty ? text["revision.no_proofs"] : proofs.joined(separator: text["summary.separator"]),
        ]))
        canvas.skip()
        canvas.paragraph(text["revision.what_happens"], style: .hint)
        canvas.skip()
        if state.session.tracking.acting {
            canvas.paragraph(text["tracking.sending"], style: .hint)
            return
        }
        if state.session.tracking.failed {
            canvas.paragraph(text["tracking.failed"], style: .error)
            canvas.skip()
        }
        canvas.menu(labels.map { text[$0] }, focused: state.focus, spacing: 1)
    }
}
