import FamilyAid
import Foundation
import GRDB

extension KioskDatabase {
    /// A reviewer approves one member of an application, and the relationship begins (DOMAIN.md:
    /// "approved → relationship scheduled/active"), in one write transaction: the member's
    /// approval, the relationship with the quota set aside (`quota`, when the reviewer sets
    /// another than the one asked for), and both journal events, each naming `reviewer`. When the
    /// relationship cannot begin (a refusal of the domain, or of the store's rules, such as a
    /// relationship already in force between the two) nothing is saved: the member is still
    /// under review.
    @discardableResult
    public func approveMember(
        _ index: Int, of number: ApplicationNumber, reviewer: OperatorID, quota override: Money? = nil,
        at instant: Date, profile: PolicyProfile, calendar: WorkingDayCalendar
    ) throws -> StoredRelationship {
        try write { db in
            try Self.requireSecondPerson(reviewer, for: number, db: db)
            try Self.recordMemberEvent(
                db, .approve, member: index, application: number, at: instant, profile: profile, calendar: calendar,
                reviewer: reviewer)
            return try Self.beginRelationship(
                db, application: number, member: index, quota: override, profile: profile, calendar: calendar, now: instant,
                reviewer: reviewer)
        }
    }

    /// A reviewer rejects one member with `reasons` (reason codes a reviewer may give) and, where
    /// written, a `note` kept with the member; the journal names `reviewer` and says whether a
    /// note was written, never what it says. A step the lifecycle refuses throws its
    /// `LifecycleError` and changes nothing.
    @discardableResult
    public func rejectMember(
        _ index: Int, of number: ApplicationNumber, reasons: [ReasonCode], note: ReviewNote? = nil, reviewer: OperatorID,
        at instant: Date, profile: PolicyProfile, calendar: WorkingDayCalendar
    ) throws -> MemberTransition {
        try write { db in
            try Self.requireSecondPerson(reviewer, for: number, db: db)
            return try Self.recordMemberEvent(
                db, .reject(reasons), member: index, application: number, at: instant, profile: profile, calendar: calendar,
                reviewer: reviewer, note: note)
        }
    }

    /// The reviewer's note on the last decision about member `index` of `number`, if one was written.
    public func reviewNote(_ index: Int, of number: ApplicationNumber) throws -> ReviewNote? {
        try read { db in
            try String.fetchOne(db, sql: "SELECT review_note FROM application_member WHERE application_number = ? AND position = ?",
                                arguments: [number.text, index])
                .flatMap { try? ReviewNote($0) }
        }
    }

    /// Refuses a reviewer who took the application in themselves: at a counter one person takes
    /// it in and another decides.
    private static func requireSecondPerson(_ reviewer: OperatorID, for number: ApplicationNumber, db: Database) throws {
        if try intake(of: number.text, db: db) == reviewer.text { throw KioskStoreError.decidingOwnIntake(number: number.text) }
    }
}
