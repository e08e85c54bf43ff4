import FamilyAid
import Foundation
import KioskStore

/// A store with numbering origin, registry people as domain values, a profile and a calendar:
/// what the application, relationship and money tests share. Weekends only, so working days
/// are easy to count; 2026-11-23 is a Monday.
enum Journey {
    static let origin = "K7M2QX"
    static let profile = PolicyProfile.national(.n26)
    static let calendar = WorkingDayCalendar.weekendsOnly

    static func day(_ text: String) -> CivilDate { CivilDate(text)! }

    /// `time` (HH:MM) China Standard Time on `text`.
    static func at(_ text: String, _ time: String = "10:00") -> Date {
        let parts = time.split(separator: ":").compactMap { Int($0) }
        return day(text).startOfDay(in: .shanghai).addingTimeInterval(TimeInterval(parts[0] * 3600 + parts[1] * 60))
    }

    static let sharerRecord = Fixtures.sharer
    static let childRecord = Fixtures.child
    /// A second employee-insured person, another sharer or a spouse.
    static let spouseRecord = InsuredPersonRecord(
        idNumber: "110105199205080029", name: "王芳", insuranceKind: "employee",
        insuranceStatus: "active", regionCode: "110105", balanceFen: 300_000, carriedOverBalanceFen: 100_000)

    static let sharer = id(sharerRecord)
    static let child = id(childRecord)
    static let spouse = id(spouseRecord)

    static func id(_ record: InsuredPersonRecord) -> ResidentID {
        try! ResidentID.parse(record.idNumber, today: day("2026-11-23"))
    }

    /// An installed store (origin `origin`) holding the sharer, the child and the spouse.
    static func store(origin: String = Journey.origin) throws -> KioskDatabase {
        let store = try KioskDatabase.inMemory()
        try store.install(originID: origin, isDemo: false, now: at("2026-11-23", "08:00"))
        try store.addInsuredPeople([(sharerRecord, nil), (childRecord, nil), (spouseRecord, nil)], now: at("2026-11-23", "08:00"))
        return store
    }

    /// The sharer's application for `members` (the child by default), submitted at 10:00 on 2026-11-23.
    static func application(
        sharer: ResidentID = Journey.sharer, members: [(InsuredPersonRecord, DeclaredRelation)] = [(childRecord, .near(.child, .birth))],
        profile: PolicyProfile = Journey.profile
    ) throws -> SharingApplication {
        var application = SharingApplication(sharer: sharer, channel: .kiosk, profile: profile)
        for (record, relation) in members {
            try application.addMember(
                MemberDetails(name: PersonName(record.name), id: id(record), relation: relation),
                at: at("2026-11-23", "09:50"), profile: profile, calendar: calendar)
        }
        try application.submit(at: at("2026-11-23"), profile: profile, calendar: calendar)
        return application
    }

    static let signature = CommitmentSignature(
        signer: sharer, signedAt: at("2026-11-23", "09:55"), channel: .kiosk,
        letter: .onScreen(version: "2026.1", contentSHA256: String(repeating: "ab", count: 32)))

    /// A submitted application with one proof for the child, and its number.
    static func submitted(in store: KioskDatabase, profile: PolicyProfile = Journey.profile) throws -> ApplicationNumber {
        try store.submitApplication(
            application(profile: profile),
            proofs: [0: [ProofReference(kind: .householdRegister, documentNumber: "HK-0001", contentSHA256: String(repeating: "0f", count: 32))]],
            signature: signature, now: at("2026-11-23"))
    }

    /// Drives member 0 of `number` through the check, the member's confirmation and approval.
    static func approve(_ number: ApplicationNumber, in store: KioskDatabase, profile: PolicyProfile = Journey.profile) throws {
        try store.recordMemberEvent(.passSystemCheck(confirming: [.member]), member: 0, application: number, at: at("2026-11-23", "10:01"), profile: profile, calendar: calendar)
        try store.recordMemberEvent(.confirm(.member), member: 0, application: number, at: at("2026-11-24"), profile: profile, calendar: calendar)
        try store.recordMemberEvent(.approve, member: 0, application: number, at: at("2026-11-25"), profile: profile, calendar: calendar)
    }
}
