/// What one settlement, refund or premium did to the personal accounts and quotas it touched,
/// as changes rather than as the balances after.
///
/// Another office that holds the same accounts at other balances repeats the changes on its own
/// figures: the central office applies a counter's premium to the balance it keeps, and a counter
/// that takes the central office's registry back puts its own not-yet-reported payments on top of
/// it. Repeating the balances after would overwrite whatever happened elsewhere meanwhile.
///
/// The ledger says which account moved by how much; the draws say how much of an account's
/// move was its 历年账户 part, which the ledger does not break down.
public struct BalanceChanges: Hashable, Sendable {
    /// How one personal account moved: negative takes, positive gives back.
    public struct AccountChange: Hashable, Sendable {
        public var holder: ResidentID
        public var balance: Money
        /// The part of `balance` that was (or goes back to) carried-over money.
        public var carriedOver: Money
    }

    /// How one N26 quota moved: negative is quota used, positive is quota given back.
    public struct QuotaChange: Hashable, Sendable {
        public var sharer: ResidentID
        public var member: ResidentID
        public var unused: Money
    }

    /// In the order the ledger first names each account.
    public let accounts: [AccountChange]
    public let quotas: [QuotaChange]

    /// The changes of `ledger`, with the carried-over part of each account's change from `draws`
    /// (signed as the change is).
    init(_ ledger: LedgerTransaction, carriedOver draws: [(holder: ResidentID, carriedOver: Money)]) {
        var accounts: [AccountChange] = []
        var quotas: [QuotaChange] = []
        for entry in ledger.entries {
            switch entry.account {
            case .personalAccount(let holder):
                if let index = accounts.firstIndex(where: { $0.holder == holder }) {
                    accounts[index].balance = accounts[index].balance + entry.change
                } else {
                    accounts.append(AccountChange(holder: holder, balance: entry.change, carriedOver: .zero))
                }
            case .quota(let sharer, let member):
                if let index = quotas.firstIndex(where: { $0.sharer == sharer && $0.member == member }) {
                    quotas[index].unused = quotas[index].unused + entry.change
                } else {
                    quotas.append(QuotaChange(sharer: sharer, member: member, unused: entry.change))
                }
            case .payee, .cash:
                continue
            }
        }
        for draw in draws {
            guard let index = accounts.firstIndex(where: { $0.holder == draw.holder }) else { continue }
            accounts[index].carriedOver = accounts[index].carriedOver + draw.carriedOver
        }
        self.accounts = accounts.filter { $0.balance != .zero || $0.carriedOver != .zero }
        self.quotas = quotas.filter { $0.unused != .zero }
    }
}

extension PersonalAccount {
    /// This account with `change` made to it; nil when it would take more than the balance holds.
    /// The carried-over part never goes below nothing: an office whose carried-over figure is
    /// smaller than the origin's takes the rest from the current year. A carried-over figure above
    /// the balance is left as the registry reports it, as the settlement rules leave it
    /// (`effectiveCarriedOver` reads only what is really there).
    public func applying(_ change: BalanceChanges.AccountChange) -> PersonalAccount? {
        let balance = balance + change.balance
        guard !balance.isNegative else { return nil }
        return PersonalAccount(holder: holder, balance: balance, carriedOver: max(.zero, carriedOver + change.carriedOver))
    }
}

extension PremiumReceipt {
    public var balanceChanges: BalanceChanges {
        var draws: [(ResidentID, Money)] = []
        if case .account(let draw) = source { draws.append((paid.sharer, -draw.carriedOver)) }
        return BalanceChanges(ledger, carriedOver: draws)
    }
}

extension Settlement {
    public var balanceChanges: BalanceChanges {
        var draws: [(ResidentID, Money)] = [(bill.member, -ownAccountDraw.carriedOver)]
        for payment in sharerPayments {
            if case .account(let draw) = payment.source { draws.append((payment.sharer, -draw.carriedOver)) }
        }
        return BalanceChanges(ledger, carriedOver: draws)
    }
}

extension SettlementRefund {
    /// A quota part given back to the account (its quota was returned meanwhile) is all
    /// current-year money, as the refund itself counted it.
    public var balanceChanges: BalanceChanges {
        var draws: [(ResidentID, Money)] = [(ownAccountAfter.holder, toOwnAccount.carriedOver)]
        for back in toSharers {
            if case .account(let draw) = back.source { draws.append((back.sharer, draw.carriedOver)) }
        }
        return BalanceChanges(ledger, carriedOver: draws)
    }
}

extension QuotaAssignment {
    public var balanceChanges: BalanceChanges {
        BalanceChanges(ledger, carriedOver: [(sharer, -draw.carriedOver)])
    }
}

extension QuotaReturn {
    public var balanceChanges: BalanceChanges {
        BalanceChanges(ledger, carriedOver: [(sharer, returned.carriedOver)])
    }
}
