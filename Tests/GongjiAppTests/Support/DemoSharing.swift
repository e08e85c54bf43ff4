import FamilyAid
import Foundation
@testable import GongjiApp
import KioskStore

/// Sharing made to exist in a demo store the way the review step will make it: an application
/// submitted, checked and approved, and the relationship begun, all through the store. Replays of
/// the money screens start from here, since the kiosk cannot approve its own applications.
enum DemoSharing {
    static let profile = PolicyProfile.kioskDefault
    static let calendar = WorkingDayCalendar.weekendsOnly
    static let sharer = "110105196803150118"
    static let spouse = "110105197007080221"
    static let child = "11010520150520031X"

    static func day(_ text: String) -> CivilDate { CivilDate(text)! }
    static func at(_ text: String, hour: Int = 10) -> Date { day(text).startOfDay().addingTimeInterval(TimeInterval(hour * 3600)) }

    /// A demo store at `path` in which 王建国 shares with 王小明 (1,000 yuan quota) and with
    /// 李秀英 (500 yuan), both approved on 2026-11-03, and a 300-yuan hospital bill of 王小明 was
    /// settled on 2026-11-10 (all from the quota: he has no account of his own), 100 yuan of it
    /// refunded on 2026-11-12.
    @discardableResult
    static func prepare(at path: String) throws -> KioskDatabase {
        let store = try DemoStore.open(at: path, now: at("2026-11-02", hour: 8), pinCost: .fastForTests)
        try share(store, member: child, relation: .near(.child, .birth), quota: .yuan(1000))
        try share(store, member: spouse, relation: .near(.spouse, .marriage), quota: .yuan(500))
        let bill = Bill(number: "H-2026-0001", member: try id(child), amount: .yuan(300), use: .hospitalSelfPay, date: day("2026-11-10"))
        try store.settle(bill, profile: profile, now: at("2026-11-10"))
        try store.refund(bill: bill.number, amount: .yuan(100), refundNumber: "R-2026-0001", date: day("2026-11-12"), now: at("2026-11-12"))
        return store
    }

    static func id(_ number: String) throws -> ResidentID { try ResidentID.parse(number, today: day("2026-11-02")) }

    /// One member's application from submission to a relationship in force.
    @discardableResult
    static func share(_ store: KioskDatabase, member: String, relation: DeclaredRelation, quota: Money) throws -> StoredRelationship {
        let sharerID = try id(sharer)
        let record = try store.insuredPerson(idNumber: member)!
        var application = SharingApplication(sharer: sharerID, channel: .kiosk, profile: profile)
        try application.addMember(
            MemberDetails(name: PersonName(record.name), id: try id(member), relation: relation),
            at: at("2026-11-02", hour: 9), profile: profile, calendar: calendar)
        try application.submit(at: at("2026-11-02"), profile: profile, calendar: calendar)
        let signature = CommitmentSignature(
            signer: sharerID, signedAt: at("2026-11-02", hour: 9), channel: .kiosk,
            letter: .onScreen(version: "2026.1", contentSHA256: String(repeating: "ab", count: 32)))
        let number = try store.submitApplication(
            application, proofs: [0: [ProofReference(kind: .householdRegister, documentNumber: "HK-0001", contentSHA256: nil)]],
            paymentModes: [0: PaymentMode(quota: quota)], signature: signature, now: at("2026-11-02"))
        try store.recordMemberEvent(.passSystemCheck(confirming: []), member: 0, application: number, at: at("2026-11-02", hour: 11), profile: profile, calendar: calendar)
        try store.recordMemberEvent(.approve, member: 0, application: number, at: at("2026-11-03"), profile: profile, calendar: calendar)
        return try store.beginRelationship(application: number, member: 0, profile: profile, calendar: calendar, now: at("2026-11-03", hour: 11))
    }
}
