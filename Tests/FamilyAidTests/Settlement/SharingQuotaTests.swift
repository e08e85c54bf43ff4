import Testing
@testable import FamilyAid

/// N26's 共济额度 (DOMAIN.md): set aside from the sharer's account within the shareable part,
/// spent by the member's bills, the unused part given back when the relationship ends.
struct SharingQuotaTests {
    static let a = MoneyCast.id("A")
    static let n26CarriedOverOnly = MoneyProfiles.variant(MoneyProfiles.n26, "carried-over-only") { $0.shareable = .carriedOverOnly }

    static func account(_ balance: Int64, carriedOver: Int64, holder: ResidentID = a) -> PersonalAccount {
        PersonalAccount(holder: holder, balance: .yuan(balance), carriedOver: .yuan(carriedOver))
    }

    // MARK: Assigning

    struct AssignRow: Sendable, CustomTestStringConvertible {
        var label: String
        var profile: PolicyProfile
        var account: PersonalAccount
        var amount: Money
        var member: ResidentID = MoneyCast.member
        /// The account after (balance, carried over), or the refusal.
        var expected: Result<Pair, QuotaError>

        var testDescription: String { "\(profile.id): \(label)" }
    }

    struct Pair: Hashable, Sendable, Error {
        var balance: Int64
        var carriedOver: Int64
    }

    static let assignRows: [AssignRow] = [
        AssignRow(label: "set aside, carried-over part first", profile: MoneyProfiles.n26, account: account(5000, carriedOver: 200),
                  amount: .yuan(500), expected: .success(Pair(balance: 4500, carriedOver: 0))),
        AssignRow(label: "the whole account", profile: MoneyProfiles.n26, account: account(5000, carriedOver: 200),
                  amount: .yuan(5000), expected: .success(Pair(balance: 0, carriedOver: 0))),
        AssignRow(label: "a fen more than the account", profile: MoneyProfiles.n26, account: account(5000, carriedOver: 200),
                  amount: Money(fen: 500_001), expected: .failure(.exceedsShareable(requested: Money(fen: 500_001), shareable: .yuan(5000)))),
        AssignRow(label: "no quotas under N24", profile: MoneyProfiles.n24, account: account(5000, carriedOver: 0),
                  amount: .yuan(500), expected: .failure(.noQuotasInEdition(.n24))),
        AssignRow(label: "no quotas under N21", profile: MoneyProfiles.n21, account: account(5000, carriedOver: 0),
                  amount: .yuan(500), expected: .failure(.noQuotasInEdition(.n21))),
        AssignRow(label: "nothing", profile: MoneyProfiles.n26, account: account(5000, carriedOver: 0),
                  amount: .zero, expected: .failure(.amountNotPositive(.zero))),
        AssignRow(label: "above the retained minimum", profile: MoneyProfiles.n26Retained1000, account: account(1500, carriedOver: 0),
                  amount: .yuan(500), expected: .success(Pair(balance: 1000, carriedOver: 0))),
        AssignRow(label: "into the retained minimum", profile: MoneyProfiles.n26Retained1000, account: account(1500, carriedOver: 0),
                  amount: .yuan(600), expected: .failure(.exceedsShareable(requested: .yuan(600), shareable: .yuan(500)))),
        AssignRow(label: "carried-over part only, enough", profile: n26CarriedOverOnly, account: account(5000, carriedOver: 300),
                  amount: .yuan(300), expected: .success(Pair(balance: 4700, carriedOver: 0))),
        AssignRow(label: "carried-over part only, too little", profile: n26CarriedOverOnly, account: account(5000, carriedOver: 300),
                  amount: .yuan(400), expected: .failure(.exceedsShareable(requested: .yuan(400), shareable: .yuan(300)))),
        AssignRow(label: "to oneself", profile: MoneyProfiles.n26, account: account(5000, carriedOver: 0), amount: .yuan(10),
                  member: a, expected: .failure(.sharerIsMember(a))),
    ]

    @Test(arguments: assignRows)
    func assigns(_ row: AssignRow) {
        let result = Result { () throws(QuotaError) in
            try SharingQuota.assign(row.amount, from: row.account, to: row.member, on: People.today, profile: row.profile)
        }
        switch (result, row.expected) {
        case (.success(let assignment), .success(let pair)):
            #expect(Pair(balance: assignment.accountAfter.balance.fen / 100, carriedOver: assignment.accountAfter.carriedOver.fen / 100) == pair)
            #expect(assignment.amount == row.amount)
            #expect(assignment.ledger.netChange(of: .personalAccount(Self.a)) == -row.amount)
            #expect(assignment.ledger.netChange(of: .quota(sharer: Self.a, member: row.member)) == row.amount)
            #expect(assignment.ledger.entries.allSatisfy { $0.kind == .quotaAssigned })
        case (.failure(let error), .failure(let expected)): #expect(error == expected)
        case (let got, let expected): Issue.record("got \(got), expected \(expected)")
        }
    }

    // MARK: Returning

    struct ReturnRow: Sendable, CustomTestStringConvertible {
        var label: String
        /// Amounts assigned one after another from an account of ¥1,000 with ¥200 carried over.
        var assigned: [Int64]
        var unused: Money
        var otherMember: Bool = false
        var otherAccount: Bool = false
        var expected: Result<Pair, QuotaError>

        var testDescription: String { label }
    }

    static let returnRows: [ReturnRow] = [
        // ¥500 set aside (¥200 carried over, ¥300 current-year): account ¥500, nothing carried over.
        ReturnRow(label: "all unused: the account as before", assigned: [500], unused: .yuan(500),
                  expected: .success(Pair(balance: 1000, carriedOver: 200))),
        ReturnRow(label: "¥100 spent: counted from the carried-over part", assigned: [500], unused: .yuan(400),
                  expected: .success(Pair(balance: 900, carriedOver: 100))),
        ReturnRow(label: "¥250 spent", assigned: [500], unused: .yuan(250),
                  expected: .success(Pair(balance: 750, carriedOver: 0))),
        ReturnRow(label: "all spent", assigned: [500], unused: .zero, expected: .success(Pair(balance: 500, carriedOver: 0))),
        ReturnRow(label: "two assignments, all unused", assigned: [100, 400], unused: .yuan(500),
                  expected: .success(Pair(balance: 1000, carriedOver: 200))),
        ReturnRow(label: "more than assigned", assigned: [100, 400], unused: Money(fen: 50_001),
                  expected: .failure(.exceedsAssigned(unused: Money(fen: 50_001), assigned: .yuan(500)))),
        ReturnRow(label: "negative", assigned: [500], unused: .yuan(-1), expected: .failure(.negativeUnused(.yuan(-1)))),
        ReturnRow(label: "nothing assigned", assigned: [], unused: .zero, expected: .failure(.nothingAssigned)),
        ReturnRow(label: "assignments to two members", assigned: [100, 100], unused: .zero, otherMember: true,
                  expected: .failure(.assignmentsOfDifferentQuotas)),
        ReturnRow(label: "into someone else's account", assigned: [100], unused: .zero, otherAccount: true,
                  expected: .failure(.accountOfSomeoneElse(holder: MoneyCast.id("B"), sharer: a))),
    ]

    @Test(arguments: returnRows)
    func returnsUnused(_ row: ReturnRow) throws {
        var account = Self.account(1000, carriedOver: 200)
        var assignments: [QuotaAssignment] = []
        for (index, amount) in row.assigned.enumerated() {
            let member = row.otherMember && index == 1 ? MoneyCast.id("C") : MoneyCast.member
            let assignment = try SharingQuota.assign(.yuan(amount), from: account, to: member, on: People.today, profile: MoneyProfiles.n26)
            assignments.append(assignment)
            account = assignment.accountAfter
        }
        if row.otherAccount { account.holder = MoneyCast.id("B") }
        let result = Result { () throws(QuotaError) in
            try SharingQuota.returnUnused(row.unused, of: assignments, to: account, on: People.today)
        }
        switch (result, row.expected) {
        case (.success(let back), .success(let pair)):
            #expect(Pair(balance: back.accountAfter.balance.fen / 100, carriedOver: back.accountAfter.carriedOver.fen / 100) == pair)
            #expect(back.returned.total == row.unused)
            #expect(back.ledger.netChange(of: .quota(sharer: Self.a, member: MoneyCast.member)) == -row.unused)
            #expect(back.ledger.netChange(of: .personalAccount(Self.a)) == row.unused)
        case (.failure(let error), .failure(let expected)): #expect(error == expected)
        case (let got, let expected): Issue.record("got \(got), expected \(expected)")
        }
    }

    /// A quota's whole life: assigned, spent by a bill, partly refunded, the rest given back when
    /// the relationship ends. The account ends where it began less what the hospital kept.
    @Test func lifeOfAQuota() throws {
        let start = Self.account(3000, carriedOver: 1000)
        let assignment = try SharingQuota.assign(.yuan(800), from: start, to: MoneyCast.member, on: People.date("2026-02-01"), profile: MoneyProfiles.n26)
        let position = SharerPosition(account: assignment.accountAfter, quotaRemaining: assignment.amount, paymentRank: 1,
                                      boundOn: People.date("2026-02-01"))
        let settlement = try Settlement.settle(MoneyCast.bill(500), ownAccount: MoneyCast.ownAccount(0), sharers: [position], profile: MoneyProfiles.n26)
        #expect(settlement.sharersAfter.first?.account == assignment.accountAfter)
        let refund = try settlement.refund(.yuan(200), number: "TF-1", date: People.today, after: [],
                                           ownAccount: settlement.ownAccountAfter, sharers: settlement.sharersAfter)
        let remaining = try #require(refund.sharersAfter.first?.quotaRemaining)
        #expect(remaining == .yuan(500))
        let back = try SharingQuota.returnUnused(remaining, of: [assignment], to: assignment.accountAfter, on: People.today)
        #expect(back.accountAfter.balance == .yuan(2700))
        let ledger = [assignment.ledger, settlement.ledger, refund.ledger, back.ledger].flatMap(\.entries)
        #expect(ledger.isBalanced)
        let quota = LedgerAccount.quota(sharer: Self.a, member: MoneyCast.member)
        #expect(ledger.filter { $0.account == quota }.map(\.change).sum() == .zero)
        #expect(ledger.filter { $0.account == .payee(.designatedHospital) }.map(\.change).sum() == .yuan(300))
    }
}
