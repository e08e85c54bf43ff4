import FamilyAid
import Foundation
import KioskStore
import Testing

@Suite("Payment modes: quota, order and uses")
struct PaymentModeTests {
    static let n24 = PolicyProfile.national(.n24)

    /// An approved application of `sharer` for the child, with `mode`, and its relationship begun.
    static func share(
        in store: KioskDatabase, sharer: ResidentID, mode: PaymentMode, profile: PolicyProfile, quota: Money? = nil
    ) throws -> StoredRelationship {
        let application = try Journey.application(sharer: sharer, profile: profile)
        let number = try store.submitApplication(application, proofs: [:], paymentModes: [0: mode], signature: nil, now: Journey.at("2026-11-23"))
        #expect(try store.application(number: number)?.paymentModes == [mode])
        try Journey.approve(number, in: store, profile: profile)
        return try store.beginRelationship(application: number, member: 0, quota: quota, profile: profile, calendar: Journey.calendar, now: Journey.at("2026-11-25"))
    }

    @Test("the quota asked for in the application is the one set aside on approval, unless the reviewer sets another")
    func quotaFromTheApplication() throws {
        let store = try Journey.store()
        let asked = try Self.share(in: store, sharer: Journey.sharer, mode: PaymentMode(quota: .yuan(800)), profile: Journey.profile)
        #expect(asked.relationship.quota?.assigned == .yuan(800))
        let reviewed = try Self.share(in: store, sharer: Journey.spouse, mode: PaymentMode(quota: .yuan(800)), profile: Journey.profile, quota: .yuan(300))
        #expect(reviewed.relationship.quota?.assigned == .yuan(300))
        #expect(throws: KioskStoreError.noSuchMember(index: 2)) {
            try store.submitApplication(try Journey.application(), proofs: [:], paymentModes: [2: PaymentMode()], signature: nil, now: Journey.at("2026-11-23"))
        }
    }

    @Test("the member's sharers pay in their 支付顺位, which can be changed")
    func paymentOrder() throws {
        let store = try Journey.store()
        let first = try Self.share(in: store, sharer: Journey.sharer, mode: PaymentMode(paymentRank: 2), profile: Self.n24)
        let second = try Self.share(in: store, sharer: Journey.spouse, mode: PaymentMode(paymentRank: 1), profile: Self.n24)
        let bill = Bill(number: "B-1", member: Journey.child, amount: Money(fen: 1_000), use: .pharmacy, date: Journey.day("2026-11-26"))
        #expect(try store.settle(bill, profile: Self.n24, now: Journey.at("2026-11-26")).sharerPayments.map(\.sharer) == [Journey.spouse])

        try store.setPaymentRank(3, ofRelationship: second.id, now: Journey.at("2026-11-26"))
        #expect(try store.relationships(asSharer: Journey.spouse).first?.paymentRank == 3)
        var next = bill
        next.number = "B-2"
        #expect(try store.settle(next, profile: Self.n24, now: Journey.at("2026-11-26")).sharerPayments.map(\.sharer) == [Journey.sharer])
        _ = first
        #expect(try store.verifyJournal() == .ok(origins: 1, events: try store.journalEvents(origin: Journey.origin).count))
    }

    @Test("a sharer whose money may pay only contributions is passed over for a hospital bill")
    func usesAllowed() throws {
        let store = try Journey.store()
        let stored = try Self.share(
            in: store, sharer: Journey.sharer, mode: PaymentMode(allowedUses: [.residentInsurancePremium]), profile: Self.n24)
        #expect(stored.allowedUses == [.residentInsurancePremium])
        let bill = Bill(number: "B-1", member: Journey.child, amount: Money(fen: 1_000), use: .hospitalSelfPay, date: Journey.day("2026-11-26"))
        let settlement = try store.settle(bill, profile: Self.n24, now: Journey.at("2026-11-26"))
        #expect(settlement.passedOver == [PassedOverSharer(sharer: Journey.sharer, reason: .useNotAllowed)])
        #expect(settlement.cash == Money(fen: 1_000))
    }
}
