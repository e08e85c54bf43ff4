import Testing
@testable import FamilyAid

/// The people, profiles and positions the money tables share: one member (M) and up to three
/// sharers (A, B, C), amounts in yuan unless a row says fen.
enum MoneyCast {
    static let member = People.id(born: "1990-03-04", sequence: "002")
    static let sharers: [String: ResidentID] = [
        "A": People.id(born: "1960-01-01", sequence: "011"),
        "B": People.id(born: "1962-02-02", sequence: "021"),
        "C": People.id(born: "1965-03-03", sequence: "031"),
    ]

    static func id(_ name: String) -> ResidentID {
        if name == "M" { return member }
        guard let id = sharers[name] else { preconditionFailure("no sharer \(name)") }
        return id
    }

    static func name(_ id: ResidentID) -> String {
        if id == member { return "M" }
        return sharers.first { $0.value == id }?.key ?? "?"
    }
}

/// The profiles of the tables: the three national defaults and the regional variants DOMAIN.md
/// lists (order modes, ¥1,000 retained, a per-payment cap, the carried-over part only).
enum MoneyProfiles {
    static let n21 = PolicyProfile.national(.n21)
    static let n24 = PolicyProfile.national(.n24)
    static let n26 = PolicyProfile.national(.n26)
    static let n24BindingOrder = variant(n24, "binding-order") { $0.sharerOrder = .bindingOrder }
    static let n24LargestFirst = variant(n24, "largest-first") { $0.sharerOrder = .largestBalanceFirst }
    static let n24Retained1000 = variant(n24, "retained-1000") { $0.minimumRetained = .yuan(1000) }
    static let n24Cap300 = variant(n24, "cap-300") { $0.perPaymentCap = .yuan(300) }
    static let n24CarriedOverOnly = variant(n24, "carried-over-only") { $0.shareable = .carriedOverOnly }
    static let n21Retained1000CarriedOver = variant(n21, "retained-1000-carried-over") {
        $0.minimumRetained = .yuan(1000)
        $0.shareable = .carriedOverOnly
    }
    static let n26Cap300 = variant(n26, "cap-300") { $0.perPaymentCap = .yuan(300) }
    static let n26LargestFirst = variant(n26, "largest-first") { $0.sharerOrder = .largestBalanceFirst }
    static let n26BindingOrder = variant(n26, "binding-order") { $0.sharerOrder = .bindingOrder }
    static let n26Retained1000 = variant(n26, "retained-1000") { $0.minimumRetained = .yuan(1000) }

    static func variant(_ base: PolicyProfile, _ suffix: String, _ change: (inout PolicyProfile) -> Void) -> PolicyProfile {
        var profile = base
        profile.id = base.id + "-" + suffix
        change(&profile)
        return profile
    }
}

/// A sharer as a table row writes it.
struct SharerSpec: Sendable, CustomStringConvertible {
    var name: String
    var balance: Money
    var carriedOver: Money?
    var rank: Int
    var bound: String
    var uses: Set<SharedUse>
    var quota: Money?

    /// Sharer `name` with `balance` yuan (all carried over unless `carriedOver` says), 支付顺位
    /// `rank`, bound on `bound`.
    static func sharer(
        _ name: String, _ balance: Int64, carriedOver: Int64? = nil, rank: Int = 1, bound: String = "2026-01-10",
        uses: Set<SharedUse> = Set(SharedUse.allCases), quota: Int64? = nil
    ) -> SharerSpec {
        SharerSpec(name: name, balance: .yuan(balance), carriedOver: carriedOver.map(Money.yuan), rank: rank, bound: bound,
                   uses: uses, quota: quota.map(Money.yuan))
    }

    var position: SharerPosition {
        SharerPosition(
            account: PersonalAccount(holder: MoneyCast.id(name), balance: balance, carriedOver: carriedOver ?? balance),
            allowedUses: uses, quotaRemaining: quota, paymentRank: rank, boundOn: People.date(bound))
    }

    var description: String {
        "\(name) ¥\(balance.yuanText)" + (carriedOver.map { " (carried ¥\($0.yuanText))" } ?? "")
            + (quota.map { " quota ¥\($0.yuanText)" } ?? "") + " #\(rank) \(bound)"
            + (uses == Set(SharedUse.allCases) ? "" : " uses \(uses.map(\.rawValue).sorted())")
    }
}

/// What one sharer paid, as rows expect it.
struct SharerPaid: Hashable, Sendable, CustomStringConvertible {
    var name: String
    var amount: Money

    init(_ name: String, _ yuan: Int64) {
        self.name = name
        amount = .yuan(yuan)
    }

    init(_ name: String, fen: Int64) {
        self.name = name
        amount = Money(fen: fen)
    }

    var description: String { "\(name) ¥\(amount.yuanText)" }
}

extension MoneyCast {
    /// The member's own account: `balance` yuan, `carriedOver` of it carried over (none unless said).
    static func ownAccount(_ balance: Int64, carriedOver: Int64? = nil) -> PersonalAccount {
        PersonalAccount(holder: MoneyCast.member, balance: .yuan(balance), carriedOver: .yuan(carriedOver ?? 0))
    }

    /// A bill of `yuan` for the member.
    static func bill(_ yuan: Int64, _ use: SharedUse = .hospitalSelfPay, number: String = "JS-0001", date: String = "2026-11-23") -> Bill {
        Bill(number: number, member: MoneyCast.member, amount: .yuan(yuan), use: use, date: People.date(date))
    }
}
