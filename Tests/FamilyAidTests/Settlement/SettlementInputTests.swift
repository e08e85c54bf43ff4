import Testing
@testable import FamilyAid

/// Inconsistent input is refused with a typed error, never settled silently. A shortage of money
/// is never an error (it falls to cash); the last row settles.
struct SettlementInputTests {
    struct Row: Sendable, CustomTestStringConvertible {
        var label: String
        var profile: PolicyProfile
        var bill: Bill
        var own: PersonalAccount
        var sharers: [SharerPosition]
        var expected: SettlementError?

        var testDescription: String { "\(profile.id): \(label)" }
    }

    static let a = SharerSpec.sharer("A", 500).position
    static let someoneElse = PersonalAccount(holder: MoneyCast.id("C"), balance: .yuan(10), carriedOver: .zero)

    static let rows: [Row] = [
        Row(label: "bill of nothing", profile: MoneyProfiles.n24, bill: MoneyCast.bill(0), own: MoneyCast.ownAccount(0), sharers: [a],
            expected: .amountNotPositive(.zero)),
        Row(label: "negative bill", profile: MoneyProfiles.n24, bill: MoneyCast.bill(-5), own: MoneyCast.ownAccount(0), sharers: [a],
            expected: .amountNotPositive(.yuan(-5))),
        Row(label: "a contribution as a bill", profile: MoneyProfiles.n24, bill: MoneyCast.bill(400, .residentInsurancePremium), own: MoneyCast.ownAccount(0),
            sharers: [a], expected: .notABillUse(.residentInsurancePremium)),
        Row(label: "long-term care as a bill", profile: MoneyProfiles.n26, bill: MoneyCast.bill(400, .longTermCarePremium), own: MoneyCast.ownAccount(0),
            sharers: [], expected: .notABillUse(.longTermCarePremium)),
        Row(label: "someone else's own account", profile: MoneyProfiles.n24, bill: MoneyCast.bill(100), own: someoneElse, sharers: [a],
            expected: .ownAccountOfSomeoneElse(holder: MoneyCast.id("C"), member: MoneyCast.member)),
        Row(label: "member among the sharers", profile: MoneyProfiles.n24, bill: MoneyCast.bill(100), own: MoneyCast.ownAccount(0),
            sharers: [SharerPosition(account: MoneyCast.ownAccount(50), paymentRank: 1, boundOn: People.today)],
            expected: .memberAmongSharers(MoneyCast.member)),
        Row(label: "sharer twice", profile: MoneyProfiles.n24, bill: MoneyCast.bill(100), own: MoneyCast.ownAccount(0), sharers: [a, a],
            expected: .sharerListedTwice(MoneyCast.id("A"))),
        Row(label: "negative own account", profile: MoneyProfiles.n24, bill: MoneyCast.bill(100), own: MoneyCast.ownAccount(-1), sharers: [a],
            expected: .negativeBalance(MoneyCast.member)),
        Row(label: "negative sharer account", profile: MoneyProfiles.n24, bill: MoneyCast.bill(100), own: MoneyCast.ownAccount(0),
            sharers: [SharerSpec.sharer("B", -1).position], expected: .negativeBalance(MoneyCast.id("B"))),
        Row(label: "negative quota", profile: MoneyProfiles.n26, bill: MoneyCast.bill(100), own: MoneyCast.ownAccount(0),
            sharers: [SharerSpec.sharer("B", 0, quota: -1).position], expected: .negativeBalance(MoneyCast.id("B"))),
        Row(label: "quota under N24", profile: MoneyProfiles.n24, bill: MoneyCast.bill(100), own: MoneyCast.ownAccount(0),
            sharers: [SharerSpec.sharer("B", 100, quota: 50).position], expected: .quotaOutsideN26(sharer: MoneyCast.id("B"), edition: .n24)),
        Row(label: "consistent input", profile: MoneyProfiles.n26, bill: MoneyCast.bill(100), own: MoneyCast.ownAccount(0),
            sharers: [SharerSpec.sharer("B", 100, quota: 50).position], expected: nil),
    ]

    @Test(arguments: rows)
    func refusesInconsistentInput(_ row: Row) {
        let result = Result { () throws(SettlementError) in
            try Settlement.settle(row.bill, ownAccount: row.own, sharers: row.sharers, profile: row.profile)
        }
        switch (result, row.expected) {
        case (.failure(let error), let expected?): #expect(error == expected)
        case (.success, nil): break
        case (.failure(let error), nil): Issue.record("refused: \(error)")
        case (.success, let expected?): Issue.record("settled; expected \(expected)")
        }
    }
}
