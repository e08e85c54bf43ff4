import FamilyAid
import KioskFrame

/// Words the console's screens share.
enum CounterText {
    /// `text` cut or filled with spaces to exactly `width` columns.
    static func pad(_ text: String, _ width: Int) -> String {
        let cut = TextLayout.truncate(text, width: width - 1)
        return cut + String(repeating: " ", count: max(0, width - cut.displayWidth))
    }

    /// "逾期 2 个工作日" / "overdue by 2 working days", or the day it is due.
    static func deadline(decideBy: CivilDate?, overdueBy: Int?, _ text: Localizer) -> String {
        switch (decideBy, overdueBy) {
        case (_, .some(let days)) where days > 0:
            text(days == 1 ? "counter.deadline.overdue_one" : "counter.deadline.overdue", ["days": "\(days)"])
        case (_, .some):
            text["counter.deadline.overdue_day_off"]
        case (.some(let day), nil):
            text("counter.deadline.due", ["date": day.description])
        case (nil, nil):
            ""
        }
    }

    static func relation(_ relation: DeclaredRelation, _ text: Localizer) -> String {
        MemberVerdictText.relationName(relation, text)
    }

    static func reason(_ code: ReasonCode, _ text: Localizer) -> String {
        "\(text["reason_short.\(code.rawValue)"]) (\(code.rawValue))"
    }

    /// Why an import flagged a member, in words: a rule's reason code as the rule says it, the
    /// import's own codes (decided on both sides, a payment not repeated) as the console says them.
    static func flag(_ code: String, _ text: Localizer) -> String {
        if let rule = ReasonCode(rawValue: code) { return reason(rule, text) }
        return "\(text["counter.flag.\(code)"]) (\(code))"
    }

    static func flags(_ codes: [String], _ text: Localizer) -> String {
        codes.map { flag($0, text) }.joined(separator: text["counter.list_separator"])
    }
}
