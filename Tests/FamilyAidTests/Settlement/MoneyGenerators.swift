import TestSupport
@testable import FamilyAid

/// Random but reproducible inputs for the money properties: profiles of every edition and
/// setting, a member's own account, up to five sharers, a bill. Every value comes from the
/// seeded generator, so a failing seed reproduces the case.
struct MoneyScenario: CustomStringConvertible {
    var profile: PolicyProfile
    var own: PersonalAccount
    var sharers: [SharerPosition]
    var bill: Bill

    var description: String {
        "\(profile.edition.rawValue) order \(profile.sharerOrder.rawValue) retained \(profile.minimumRetained?.description ?? "-") "
            + "cap \(profile.perPaymentCap?.description ?? "-") \(profile.shareable.rawValue); own \(own.balance)/\(own.carriedOver); "
            + sharers.map { "[\(MoneyCast.name($0.sharer)) \($0.account.balance)/\($0.account.carriedOver) q \($0.quotaRemaining?.description ?? "-") #\($0.paymentRank) \($0.boundOn) \($0.allowedUses.map(\.rawValue).sorted())]" }.joined(separator: " ")
            + "; bill \(bill.amount) \(bill.use.rawValue)"
    }
}

enum MoneyGenerator {
    /// Five sharers to draw from: the cast's three and two more.
    static let sharerIDs: [ResidentID] = [
        MoneyCast.id("A"), MoneyCast.id("B"), MoneyCast.id("C"),
        People.id(born: "1958-04-04", sequence: "041"), People.id(born: "1955-05-05", sequence: "052"),
    ]

    static func chance(_ percent: Int, _ g: inout SeededGenerator) -> Bool { Int.random(in: 0..<100, using: &g) < percent }

    /// An amount: often nothing, often round, otherwise any fen up to `maxYuan`.
    static func amount(upTo maxYuan: Int64, _ g: inout SeededGenerator) -> Money {
        switch Int.random(in: 0..<10, using: &g) {
        case 0, 1: .zero
        case 2, 3: .yuan(Int64.random(in: 0...maxYuan, using: &g) / 100 * 100)
        default: Money(fen: Int64.random(in: 0...(maxYuan * 100), using: &g))
        }
    }

    static func account(_ holder: ResidentID, maxYuan: Int64, _ g: inout SeededGenerator) -> PersonalAccount {
        let balance = amount(upTo: maxYuan, &g)
        let carriedOver: Money = switch Int.random(in: 0..<10, using: &g) {
        case 0: balance
        case 1: .zero
        // Now and then the registry reports more carried over than the account holds.
        case 2: balance + amount(upTo: 500, &g)
        default: Money(fen: Int64.random(in: 0...max(0, balance.fen), using: &g))
        }
        return PersonalAccount(holder: holder, balance: balance, carriedOver: carriedOver)
    }

    static func profile(_ g: inout SeededGenerator) -> PolicyProfile {
        var profile = PolicyProfile.national(PolicyEdition.allCases.randomElement(using: &g)!)
        profile.sharerOrder = SharerOrder.allCases.randomElement(using: &g)!
        profile.minimumRetained = switch Int.random(in: 0..<4, using: &g) {
        case 0, 1: nil
        case 2: .yuan(1000)
        default: amount(upTo: 2000, &g)
        }
        profile.perPaymentCap = chance(50, &g) ? nil : amount(upTo: 1500, &g)
        profile.shareable = chance(50, &g) ? .wholeAccount : .carriedOverOnly
        return profile
    }

    static func scenario(_ g: inout SeededGenerator) -> MoneyScenario {
        let profile = profile(&g)
        let own = chance(40, &g) ? PersonalAccount.none(MoneyCast.member) : account(MoneyCast.member, maxYuan: 3000, &g)
        let count = Int.random(in: 0...5, using: &g)
        let sharers = sharerIDs.shuffled(using: &g).prefix(count).map { id in
            SharerPosition(
                account: account(id, maxYuan: 6000, &g),
                allowedUses: Set(SharedUse.allCases.filter { _ in chance(85, &g) }),
                quotaRemaining: profile.usesQuotas && chance(85, &g) ? amount(upTo: 3000, &g) : nil,
                paymentRank: Int.random(in: 1...3, using: &g),
                boundOn: CivilDate(daysSinceEpoch: Int.random(in: 20_000...20_780, using: &g)))
        }
        let bill = Bill(
            number: "JS-\(Int.random(in: 1...99_999, using: &g))", member: MoneyCast.member,
            amount: Money(fen: Int64.random(in: 1...1_000_000, using: &g)),
            use: chance(50, &g) ? .hospitalSelfPay : .pharmacy, date: People.today)
        return MoneyScenario(profile: profile, own: own, sharers: sharers, bill: bill)
    }
}
