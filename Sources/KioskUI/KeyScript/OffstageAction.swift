import FamilyAid

/// Something that happens away from the kiosk between two of its sessions, which a walkthrough
/// needs before it can go on: a reviewer's decision, a bill settled at a hospital, a refund. A
/// replay or a demo performs it against its own store; the kiosk never sees it happen.
///
/// Written as `<review:approve 2>`, `<review:reject 1 PROOF_MISSING>`,
/// `<settle:11010520150520031X 300 hospital H-2026-0001>` and `<refund:H-2026-0001 100 R-2026-0001>`:
/// words separated by spaces, members counted from 1 as the reviewer lists them, amounts in 元.
public enum OffstageAction: Hashable, Sendable {
    /// The reviewer approves a member of the application submitted last; the relationship begins.
    case approve(member: Int)
    /// The reviewer refuses a member of the application submitted last for a reason code.
    case reject(member: Int, ReasonCode)
    /// A bill of `member` (an ID number) is settled at a hospital or a pharmacy today.
    case settle(member: String, amount: Money, use: SharedUse, bill: String)
    /// Part of a settled bill is refunded today.
    case refund(bill: String, amount: Money, refund: String)

    /// How each form is written, for the error that quotes it.
    static func usage(of directive: Directive) -> String {
        switch directive {
        case .review: "<review:approve 2> or <review:reject 1 PROOF_MISSING>"
        case .settle: "<settle:ID-NUMBER YUAN hospital|pharmacy BILL>"
        default: "<refund:BILL YUAN REFUND>"
        }
    }

    /// Reads the argument of `<review:…>`, `<settle:…>` or `<refund:…>`; nil when it is not one
    /// of the forms above.
    static func parse(_ directive: Directive, argument: String) -> OffstageAction? {
        let words = argument.split(separator: " ").map(String.init)
        switch (directive, words.count) {
        case (.review, 2) where words[0] == "approve":
            return member(words[1]).map { .approve(member: $0) }
        case (.review, 3) where words[0] == "reject":
            guard let member = member(words[1]), let code = ReasonCode(rawValue: words[2]),
                  !code.arisesOnlyFromConfirmation
            else { return nil }
            return .reject(member: member, code)
        case (.settle, 4):
            guard words[0].count == 18, let amount = amount(words[1]), let use = billUses[words[2]] else { return nil }
            return .settle(member: words[0], amount: amount, use: use, bill: words[3])
        case (.refund, 3):
            return amount(words[1]).map { .refund(bill: words[0], amount: $0, refund: words[2]) }
        default:
            return nil
        }
    }

    private static let billUses: [String: SharedUse] = ["hospital": .hospitalSelfPay, "pharmacy": .pharmacy]

    private static func member(_ word: String) -> Int? {
        DirectiveArgument.wholeNumber(word).flatMap { $0 >= 1 ? $0 : nil }
    }

    private static func amount(_ word: String) -> Money? {
        Money(yuanText: word).flatMap { $0.isPositive ? $0 : nil }
    }
}
