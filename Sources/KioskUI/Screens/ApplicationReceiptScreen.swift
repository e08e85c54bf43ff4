import FamilyAid
import KioskFrame

/// The receipt: the application number in large, spaced type to read aloud or copy down, who
/// must still confirm, and by which day the review decides. Its one way on is the start.
enum ApplicationReceiptScreen: ScreenFeature {
    static let helpKey = "help.receipt"

    static func step(_ state: AppState) -> Step? { nil }

    static func hints(_ state: AppState) -> [KeyHint] { [.choose(count: 1), .confirm, .back] }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        if key == .escape {
            SubmitFlow.finish(&state)
            return []
        }
        return ChoiceKey.handle(key, count: 1, &state) { _, state in
            SubmitFlow.finish(&state)
            return []
        }
    }

    /// "K7M2QX - 000042 - H": the three parts apart, so each is read out on its own.
    static func spaced(_ number: ApplicationNumber) -> String {
        number.text.split(separator: "-").joined(separator: " - ")
    }

    static func draw(_ state: AppState, on canvas: inout Canvas) {
        let text = state.text
        guard let receipt = state.session.submission.receipt else { return }
        canvas.paragraph(text["receipt.title"], style: .title)
        canvas.skip()
        canvas.paragraph(text["receipt.number_label"])
        canvas.paragraph(spaced(receipt.number), style: .title, indent: 4)
        canvas.skip()
        let awaiting = state.session.submission.awaitingConfirmation
        if awaiting.isEmpty {
            canvas.paragraph(text["receipt.no_confirmation"])
        } else {
            canvas.paragraph(text("receipt.confirmation", ["names": awaiting.joined(separator: text["summary.separator"])]))
        }
        canvas.paragraph(text("receipt.decision", ["date": receipt.decideBy.description]))
        if receipt.countsWeekendsOnly {
            canvas.paragraph(text["receipt.weekends_only"], style: .hint)
        }
        canvas.paragraph(text["receipt.follow"], style: .hint)
        canvas.skip()
        canvas.menu([text["receipt.done"]], focused: state.focus, spacing: 1)
    }
}
