import FamilyAid
import KioskFrame

/// Everything the application holds, on one page before it is submitted: each member (masked
/// name, relationship, verdict, the guardian who will confirm), their payment mode and proofs,
/// and the signed letter. The menu
/// submits, goes back into the members or the payment modes (what was chosen is kept), or back
/// to the proofs. A page too long for the screen turns with PgDn and PgUp and with a fifth menu
/// item, so the PIN pad alone reads it all.
enum ApplicationSummaryScreen: ScreenFeature {
    static let helpKey = "help.summary"

    static func step(_ state: AppState) -> Step? { nil }

    static func hints(_ state: AppState) -> [KeyHint] {
        let layout = layout(state)
        return layout.isScrollable
            ? [.choose(count: layout.menuCount), .back, .pageDown]
            : [.choose(count: layout.menuCount), .confirm, .back]
    }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        if state.session.submission.submitting { return [] }
        switch key {
        case .escape:
            ProofFlow.showLast(&state)
            return []
        case .pageDown, .pageUp:
            turnPage(forward: key == .pageDown, &state)
            return []
        default:
            break
        }
        return ChoiceKey.handle(key, count: layout(state).menuCount, &state) { index, state in
            switch index {
            case 0: return SubmitFlow.submit(&state)
            case 1: ScreenRouter.go(to: .memberList, &state)
            case 2: return PaymentFlow.start(&state)
            case 3: ProofFlow.showLast(&state)
            default: turnPage(forward: true, &state)
            }
            return []
        }
    }

    static func turnPage(forward: Bool, _ state: inout AppState) {
        let layout = layout(state)
        guard layout.isScrollable else { return }
        let step = max(1, layout.visibleRows - 1)
        let scroll = state.session.submission.scroll
        state.session.submission.scroll = forward
            ? (scroll >= layout.maxScroll ? 0 : min(layout.maxScroll, scroll + step))
            : max(0, scroll - step)
    }

    struct Layout {
        var lines: [(String, Style)]
        var firstRow: Int
        var visibleRows: Int
        var menuRow: Int

        var isScrollable: Bool { lines.count > visibleRows }
        var maxScroll: Int { max(0, lines.count - visibleRows) }
        /// Submit, members, payment modes, back; and the next page when there is more than one.
        var menuCount: Int { isScrollable ? 5 : 4 }
    }

    /// The summary's lines, wrapped to the screen.
    static func lines(_ state: AppState, width: Int) -> [(String, Style)] {
        let text = state.text
        let verdicts = MemberFlow.verdicts(state)
        var result: [(String, Style)] = []
        for (index, member) in state.session.draft.members.enumerated() {
            let verdict = verdicts.map { MemberVerdictText.oneLine($0[index], text) } ?? text["verdict.checking"]
            result.append((text("summary.member", [
                "position": "\(index + 1)", "name": member.person.name.masked,
                "relation": MemberVerdictText.relationName(member.relation, text), "verdict": verdict,
            ]), .plain))
            if let guardian = member.guardian {
                result.append((text("summary.guardian", ["guardian": guardian.name.masked]), .plain))
            }
            if let choice = state.session.payment.choices[member.person.id] {
                let uses = SharedUse.allCases.filter(choice.uses.contains).map { text["shared_use.\($0.rawValue)"] }
                var payment = text("summary.uses", ["uses": uses.joined(separator: text["summary.separator"])])
                if let quota = choice.quota { payment += text("summary.quota", ["amount": quota.yuanText]) }
                if let rank = choice.rank { payment += text("summary.rank", ["rank": "\(rank)"]) }
                result.append((payment, .plain))
            }
            let proofs = SubmitFlow.proofs(of: member, state).map { label($0, text) }
            result.append((proofs.isEmpty ? text["summary.no_proofs"]
                : text("summary.proofs", ["proofs": proofs.joined(separator: text["summary.separator"])]), .plain))
        }
        switch LetterFlow.signed(state) {
        case .onScreen(let signature):
            result.append((text("summary.letter_signed", ["version": signature.version]), .ok))
        case .paper(let forms):
            result.append((text("summary.paper_forms", ["application": forms.applicationForm, "letter": forms.letterForm]), .ok))
        case nil:
            result.append((text["summary.letter_missing"], .error))
        }
        return result.flatMap { line, style in
            TextLayout.wrap(line, width: width).enumerated().map { offset, wrapped in
                (offset == 0 ? wrapped : "    " + wrapped, style)
            }
        }
    }

    static let titleRows = 2
    static let noticeRows = 2

    static func layout(_ state: AppState) -> Layout {
        let chrome = Chrome(text: state.text, size: state.size)
        let lines = lines(state, width: state.size.columns - 12)
        let firstRow = chrome.bodyRows.lowerBound + titleRows
        // Under the page: two rows for a notice, then the four menu items.
        var menuRow = chrome.bodyRows.upperBound - 4
        var visible = menuRow - noticeRows - firstRow
        if lines.count > visible {
            // A fifth menu item, and a line saying how far the reader is.
            menuRow -= 1
            visible = menuRow - noticeRows - 1 - firstRow
        }
        return Layout(lines: lines, firstRow: firstRow, visibleRows: max(1, visible), menuRow: menuRow)
    }

    static func notice(_ state: AppState) -> String? {
        let text = state.text
        if state.session.submission.submitting { return text["summary.submitting"] }
        switch state.session.submission.notice {
        case nil:
            return nil
        case .memberNotAllowed(let index):
            guard let verdicts = MemberFlow.verdicts(state), verdicts.indices.contains(index),
                  let violation = verdicts[index].violations.first else { return nil }
            let member = state.session.draft.members[index]
            return text("summary.member_not_allowed", [
                "name": member.person.name.masked,
                "reason": MemberVerdictText.problem(violation, member: member, state: state),
            ])
        case .letterNotSigned:
            return text["summary.letter_missing"]
        case .serviceUnavailable:
            return text["summary.service_unavailable"]

        }
    }

    /// One document as chosen: "结婚证 J110105-2000-001234（附扫描件）"; the letter as signed.
    static func label(_ proof: SubmittedProof, _ text: Localizer) -> String {
        let name = proof.kind == .commitmentLetter ? text["proofs.letter_signed"] : text["proof_kind.\(proof.kind.rawValue)"]
        let numbered = proof.documentNumber.map { "\(name) \($0)" } ?? name
        let sighted = proof.sighted ? numbered + text["summary.sighted"] : numbered
        return proof.scanSHA256 == nil ? sighted : sighted + text["summary.scanned"]
    }

    static func draw(_ state: AppState, on canvas: inout Canvas) {
        let text = state.text
        let layout = layout(state)
        canvas.paragraph(text["summary.title"], style: .title)
        canvas.row = layout.firstRow
        let start = min(state.session.submission.scroll, layout.maxScroll)
        let end = min(layout.lines.count, start + layout.visibleRows)
        for (line, style) in layout.lines[start..<end] {
            canvas.rendering.frame.write(line, at: Position(row: canvas.row, column: canvas.margin), style: style)
            canvas.row += 1
        }
        if layout.isScrollable {
            canvas.rendering.frame.write(
                text("page.position", ["from": "\(start + 1)", "to": "\(end)", "total": "\(layout.lines.count)"]),
                at: Position(row: layout.menuRow - noticeRows - 1, column: canvas.margin), style: .hint)
        }
        if let notice = notice(state) {
            let style: Style = state.session.submission.submitting ? .hint : .error
            for (offset, line) in TextLayout.wrap(notice, width: state.size.columns - 8).prefix(noticeRows).enumerated() {
                canvas.rendering.frame.write(
                    line, at: Position(row: layout.menuRow - noticeRows + offset, column: canvas.margin), style: style)
            }
        }
        canvas.row = layout.menuRow
        var labels = [text["summary.submit"], text["summary.change_members"], text["summary.change_payment"], text["summary.back"]]
        if layout.isScrollable {
            labels.append(text[start >= layout.maxScroll ? "summary.first_page" : "summary.next_page"])
        }
        canvas.menu(labels, focused: state.focus, spacing: 1)
    }
}
