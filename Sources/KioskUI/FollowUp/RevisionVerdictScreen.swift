import FamilyAid
import KioskFrame

/// The engine's verdict on a rejected member as corrected, while it is asked and when it says
/// no: every problem with what to do. An allowed correction goes straight on to its proofs, so
/// this screen stays only to say why not (or that the check could not be made).
enum RevisionVerdictScreen: ScreenFeature {
    static let helpKey = "revision.help"

    static func step(_ state: AppState) -> Step? { nil }

    enum Item {
        case checkAgain
        case changeRelation
        case giveUp
    }

    static func menu(_ state: AppState) -> [Item] {
        guard let revision = state.session.revision, !revision.judging else { return [] }
        if revision.judgingFailed { return [.checkAgain, .giveUp] }
        return revision.asksRelation ? [.changeRelation, .giveUp] : [.giveUp]
    }

    static func hints(_ state: AppState) -> [KeyHint] {
        KeyHint.menu(count: menu(state).count)
    }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        let menu = menu(state)
        guard !menu.isEmpty else { return [] }
        if key == .escape {
            RevisionFlow.backFromProofs(&state)
            return []
        }
        return ChoiceKey.handle(key, count: menu.count, &state) { index, state in
            switch menu[index] {
            case .checkAgain: return RevisionFlow.judge(&state)
            case .changeRelation: RevisionFlow.backFromProofs(&state)
            case .giveUp: RevisionFlow.abandon(&state)
            }
            return []
        }
    }

    static func draw(_ state: AppState, on canvas: inout Canvas) {
        guard let revision = state.session.revision else { return }
        let text = state.text
        let name = revision.original.name.masked
        canvas.paragraph(text("revision.verdict_title", [
            "name": name, "relation": MemberVerdictText.relationName(revision.details.relation, text),
        ]), style: .title)
        canvas.skip()
        if revision.judging {
            canvas.paragraph(text["verdict.checking"], style: .hint)
            return
        }
        if revision.judgingFailed {
            canvas.paragraph(text["revision.judging_failed"], style: .error)
        } else if let verdict = revision.verdict {
            canvas.paragraph(text("revision.not_allowed", ["name": name]), style: .error)
            for violation in verdict.violations {
                canvas.paragraph("- " + MemberVerdictText.problem(violation, text), indent: 2)
            }
        }
        canvas.skip()
        let labels = menu(state).map { item in
            switch item {
            case .checkAgain: text["revision.check_again"]
            case .changeRelation: text["revision.change_relation"]
            case .giveUp: text["revision.give_up"]
            }
        }
        canvas.menu(labels, focused: state.focus, spacing: 1)
    }
}
