import FamilyAid
import KioskFrame

/// A member's way through an application, said in words: each step of the history with its day
/// (submitted, checked, confirmed, decided with the reasons), where the member stands now (whom
/// it waits for and until when, the expected decision, the relationship in force), and after a
/// refusal what to do next.
enum TimelineText {
    /// Where the member stands, in a word or two, for lists.
    static func stageName(_ member: ApplicationMember, relationship: RelationshipStage?, _ text: Localizer) -> String {
        if member.lifecycle.state == .approved, let relationship {
            return text["relationship_stage.\(relationship.rawValue)"]
        }
        return text["member_stage.\(member.lifecycle.state.stage.rawValue)"]
    }

    static func reasons(_ codes: [ReasonCode], _ text: Localizer) -> String {
        codes.map { text["reason_short.\($0.rawValue)"] }.joined(separator: text["verdict.list_separator"])
    }

    static func party(_ party: ConfirmingParty, member: ApplicationMember, sharer: PersonName, _ text: Localizer) -> String {
        text("party.\(party.rawValue)", ["member": member.details.name.masked, "sharer": sharer.masked])
    }

    static func parties(_ parties: Set<ConfirmingParty>, member: ApplicationMember, sharer: PersonName, _ text: Localizer) -> String {
        ConfirmingParty.allCases.filter(parties.contains)
            .map { party($0, member: member, sharer: sharer, text) }
            .joined(separator: text["verdict.list_separator"])
    }

    /// The most history lines one screen shows: after several rounds of refusal and resubmission
    /// the earliest steps give way to a line saying how many are not shown.
    static let historyLimit = 6

    /// One line per step of the history, oldest first; only the latest when there are many.
    static func history(_ member: ApplicationMember, sharer: PersonName, _ text: Localizer) -> [String] {
        let all = member.lifecycle.history
        guard all.count > historyLimit else { return lines(all, member: member, sharer: sharer, text) }
        let shown = Array(all.suffix(historyLimit - 1))
        return [text("timeline.earlier", ["count": "\(all.count - shown.count)"])] + lines(shown, member: member, sharer: sharer, text)
    }

    static func lines(_ history: [MemberTransition], member: ApplicationMember, sharer: PersonName, _ text: Localizer) -> [String] {
        history.map { transition in
            let date = CivilDate(transition.at).description
            let who = { (p: ConfirmingParty) in party(p, member: member, sharer: sharer, text) }
            let (key, values): (String, [String: String]) = switch transition.event {
            case .submit: ("timeline.submitted", [:])
            case .resubmit: ("timeline.resubmitted", [:])
            case .edit: ("timeline.edited", [:])
            case .passSystemCheck(let confirming) where confirming.isEmpty: ("timeline.checked_to_review", [:])
            case .passSystemCheck(let confirming):
                ("timeline.checked_to_confirm", ["parties": parties(confirming, member: member, sharer: sharer, text)])
            case .failSystemCheck(let codes): ("timeline.check_failed", ["reasons": reasons(codes, text)])
            case .confirm(let party): ("timeline.confirmed", ["party": who(party)])
            case .decline(let party): ("timeline.declined", ["party": who(party)])
            case .expire: ("timeline.expired", [:])
            case .approve: ("timeline.approved", [:])
            case .reject(let codes): ("timeline.rejected", ["reasons": reasons(codes, text)])
            case .cancel: ("timeline.cancelled", [:])
            }
            return text("timeline.line", ["date": date, "what": text(key, values)])
        }
    }

    /// Where the member stands now, and how it is shown.
    static func now(
        _ member: ApplicationMember, relationship: RelationshipStage?, sharer: PersonName, today: CivilDate, _ text: Localizer
    ) -> (String, Style) {
        switch member.lifecycle.state {
        case .draft, .systemCheck:
            return (text["timeline.now_checking"], .hint)
        case .awaitingConfirmation(let pending):
            return (text("timeline.now_awaiting", [
                "parties": parties(pending.awaiting, member: member, sharer: sharer, text), "date": pending.confirmBy.description,
            ]), .hint)
        case .underReview(let window):
            return window.isOverdue(on: today)
                ? (text("timeline.now_overdue", ["date": window.decideBy.description]), .error)
                : (text("timeline.now_review", ["date": window.decideBy.description]), .hint)
        case .approved:
            return (text["timeline.now_\(relationship?.rawValue ?? "approved")"], .ok)
        case .rejected, .declined:
            return (text["timeline.now_refused"], .error)
        case .cancelled:
            return (text["timeline.now_cancelled"], .plain)
        }
    }

    /// After a refusal: what to do, one line per step; and where the kiosk cannot resubmit as
    /// is, where to go instead.
    static func nextSteps(_ member: ApplicationMember, canResubmit: Bool, isOwn: Bool, _ text: Localizer) -> [String] {
        let steps: [NextStep] = switch member.lifecycle.state {
        case .rejected(let rejection): rejection.nextSteps
        case .declined: [.askTheRelativeFirst]
        default: []
        }
        guard !steps.isEmpty else { return [] }
        var lines = steps.map { text["next_step.\($0.rawValue)"] }
        if isOwn, case .rejected = member.lifecycle.state, !canResubmit { lines.append(text["tracking.resubmit_at_counter"]) }
        return lines
    }
}
