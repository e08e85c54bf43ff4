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
    static let someoneElse = PersonalAccount(holder: Cast.id("C"), balance: .yuan(10), carriedOver: .zero)

    static let rows: [Row] = [
        Row(label: "bill of nothing", profile: Profiles.n24, bill: bill(0), own: ownAccount(0), sharers: [a],
            expected: .amountNotPositive(.zero)),
        Row(label: "negative bill", profile: Profiles.n24, bill: bill(-5), own: ownAccount(0), sharers: [a],
            expected: .amountNotPositive(.yuan(-5))),
        Row(label: "a contribution as a bill", profile: Profiles.n24, bill: bill(400, .residentInsurancePremium), own: ownAccount(0),
            sharers: [a], expected: .notABillUse(.residentInsurancePremium)),
        Row(label: "long-term care as a bill", profile: Profiles.n26, bill: bill(400, .longTermCarePremium), own: ownAccount(0),
            sharers: [], expected: .notABillUse(.longTermCarePremium)),
        Row(label: "someone else's own account", profile: Profiles.n24, bill: bill(100), own: someoneElse, sharers: [a],
            expected: .ownAccountOfSomeoneElse(holder: Cast.id("C"), member: Cast.member)),
        Row(label: "member among the sharers", profile: Profiles.n24, bill: bill(100), own: ownAccount(0),
            sharers: [SharerPosition(account: ownAccount(50), paymentRank: 1, boundOn: People.today)],
            expected: .memberAmongSharers(Cast.member)),
        Row(label: "sharer twice", profile: Profiles.n24, bill: bill(100), own: ownAccount(0), sharers: [a, a],
            expected: .sharerListedTwice(Cast.id("A"))),
        Row(label: "negative own account", profile: Profiles.n24, bill: bill(100), own: ownAccount(-1), sharers: [a],
            expected: .negativeBalance(Cast.member)),
        Row(label: "negative sharer account", profile: Profiles.n24, bill: bill(100), own: ownAccount(0),
            sharers: [SharerSpec.sharer("B", -1).position], expected: .negativeBalance(Cast.id("B"))),
        Row(label: "negative quota", profile: Profiles.n26, bill: bill(100), own: ownAccount(0),
            sharers: [SharerSpec.sharer("B", 0, quota: -1).position], expected: .negativeBalance(Cast.id("B"))),
        Row(label: "quota under N24", profile: Profiles.n24, bill: bill(100), own: ownAccount(0),
            sharers: [SharerSpec.sharer("B", 100, quota: 50).position], expected: .quotaOutsideN26(sharer: Cast.id("B"), edition: .n24)),
        Row(label: "consistent input", profile: Profiles.n26, bill: bill(100), own: ownAccount(0),
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
