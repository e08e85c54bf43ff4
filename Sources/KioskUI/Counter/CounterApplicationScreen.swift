import FamilyAid
import KioskFrame

/// One application as the reviewer reads it: the sharer, each member (name in full, ID number
/// masked) with relation, stage and deadline, proofs (kind, document number, the scan's SHA-256
/// and whether its file is present and unchanged), the guardian, the engine's verdict today. A
/// member's digit opens the decision on them.
enum CounterApplicationScreen: CounterScreenFeature {
    static let helpKey = "counter.help.application"

    static func hints(_ state: CounterState) -> [KeyHint] {
        let count = state.work.application?.members.count ?? 0
        return (count == 0 ? [] : [KeyHint(count > 1 ? "1-\(count)" : "1", "counter.keys.decide")]) + [.scroll, .back]
    }

    static func visibleRows(_ state: CounterState) -> Int { state.size.rows - 6 - 1 }

    static func page(_ state: CounterState) -> TextPage {
        TextPage(lines(state).joined(separator: "\n"), width: state.size.columns - 8, visibleRows: visibleRows(state))
    }

    static func handle(_ key: Key, _ state: inout CounterState) -> [CounterEffect] {
        if key == .escape {
            CounterRouter.go(to: .queue, &state)
            return [CounterQueueScreen.request(&state)]
        }
        guard let application = state.work.application else { return [] }
        if let scroll = page(state).scroll(state.work.detailScroll, by: key) {
            state.work.detailScroll = scroll
            return []
        }
        guard case .character(let character) = key, let digit = character.wholeNumberValue,
              application.members.indices.contains(digit - 1) else { return [] }
        var draft = DecisionDraft(memberIndex: digit - 1)
        if let quota = application.members[digit - 1].requestedQuota { draft.quota = TextField(quota.yuanText, capacity: 12) }
        state.work.decision = draft
        state.work.outcome = nil
        CounterRouter.go(to: .decision, &state)
        return []
    }

    static func draw(_ state: CounterState, on canvas: inout Canvas) {
        guard state.work.application != nil else {
            canvas.paragraph(state.work.serviceFailed ? state.text["counter.service_failed"] : state.text["counter.loading"],
                             style: state.work.serviceFailed ? .error : .hint)
            return
        }
        page(state).draw(scroll: state.work.detailScroll, on: &canvas)
    }

    /// The application as lines of text, wrapped later to the screen's width.
    static func lines(_ state: CounterState) -> [String] {
        guard let application = state.work.application else { return [] }
        let text = state.text
        var lines = [
            text("counter.application.title", [
                "number": application.number.text, "date": application.submittedOn.description,
                "channel": text["counter.channel.\(application.channel.rawValue)"],
            ]),
            text("counter.application.sharer", ["name": application.sharerName, "id": application.maskedSharerID]),
        ]
        for (index, member) in application.members.enumerated() {
            lines.append("")
            lines.append("\(index + 1). \(member.name)  \(member.maskedID)  \(CounterText.relation(member.relation, text))")
            lines.append("   " + stage(member, text))
            if let guardian = member.guardian { lines.append("   " + text("counter.application.guardian", ["guardian": guardian])) }
            if let quota = member.requestedQuota { lines.append("   " + text("counter.application.quota", ["amount": quota.description])) }
            if member.proofs.isEmpty { lines.append("   " + text["counter.application.no_proofs"]) }
            for (proofIndex, proof) in member.proofs.enumerated() {
                let file = state.work.proofFiles.flatMap { $0.indices.contains(index) ? $0[index] : nil }
                    .flatMap { $0.indices.contains(proofIndex) ? $0[proofIndex] : nil }
                lines += proofLines(proof, file: file, checked: state.work.proofFiles != nil, text)
            }
            lines.append("   " + verdict(member.verdict, text))
            if !member.flaggedReasons.isEmpty {
                lines.append("   " + text("counter.application.flagged", ["reasons": CounterText.flags(member.flaggedReasons, text)]))
            }
            if let note = member.note { lines.append("   " + text("counter.application.note", ["note": note])) }
        }
        return lines
    }

    static func stage(_ member: ReviewedMember, _ text: Localizer) -> String {
        var line = text["member_stage.\(member.stage.rawValue)"]
        if member.stage == .underReview {
            line += text["counter.separator"] + CounterText.deadline(decideBy: member.decideBy, overdueBy: member.overdueBy, text)
        }
        if !member.rejectionReasons.isEmpty {
            line += text["counter.separator"] + member.rejectionReasons.map { CounterText.reason($0, text) }.joined(separator: ", ")
        }
        return line
    }

    static func proofLines(_ proof: ReviewedProof, file: ProofFileState?, checked: Bool, _ text: Localizer) -> [String] {
        var first = "   " + text("counter.application.proof", ["kind": text["proof_kind.\(proof.kind.rawValue)"]])
        if let number = proof.documentNumber { first += text("counter.application.document_number", ["number": number]) }
        guard let sha256 = proof.sha256 else { return [first + text["counter.application.not_scanned"]] }
        let state: String
        switch (checked, file) {
        case (false, _): state = text["counter.application.file_checking"]
        case (true, .unchanged?): state = text["counter.application.file_unchanged"]
        case (true, .changed?): state = text["counter.application.file_changed"]
        case (true, _): state = text["counter.application.file_missing"]
        }
        return [first, "     " + text["counter.application.sha256"], "     " + sha256, "     " + state]
    }

    static func verdict(_ codes: [ReasonCode]?, _ text: Localizer) -> String {
        guard let codes else { return text["counter.application.verdict_unknown"] }
        if codes.isEmpty { return text["counter.application.verdict_eligible"] }
        return text("counter.application.verdict_refused", ["reasons": codes.map { CounterText.reason($0, text) }.joined(separator: ", ")])
    }
}
