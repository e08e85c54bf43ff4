import FamilyAid
import Foundation
import GRDB
@testable import KioskStore
import Testing

/// A reviewer closes the flag an import left: the member leaves the flagged part of the queue
/// with its stage untouched, the store keeps who closed it and what they wrote, the journal
/// names the reviewer only.
@Suite("Import flags closed by a reviewer")
struct ImportFlagTests {
    /// The central office with the counter's member flagged: bound at the central office meanwhile.
    static func flaggedAtCentral() throws -> (KioskDatabase, ApplicationNumber) {
        let (counter, number) = try ExchangeTests.counterWithApproval()
        let central = try Journey.store(origin: ExchangeTests.central)
        let own = try ReviewTests.underReview(in: central)
        try central.approveMember(0, of: own, reviewer: ReviewTests.reviewer, quota: .yuan(500), at: Journey.at("2026-11-25"),
                                  profile: Journey.profile, calendar: Journey.calendar)
        _ = try ExchangeTests.importing(try ExchangeTests.exported(counter), into: central)
        try #require(try central.openImportConflicts().count == 1)
        return (central, number)
    }

    @Test func aReviewerClosesTheFlagAndTheMemberLeavesTheFlaggedQueue() throws {
        let (central, number) = try Self.flaggedAtCentral()
        let stage = try central.application(number: number)?.application.members[0].lifecycle.state.stage
        let note = try ReviewNote("已电话联系共济人：成员已由本中心绑定，柜台申请无需再办")
        try central.resolveImportFlag(0, of: number, note: note, reviewer: ReviewTests.reviewer, now: Journey.at("2026-11-27"))

        #expect(try central.openImportConflicts().isEmpty)
        #expect(try central.reviewQueue(filter: .flagged, limit: 100, today: Journey.day("2026-11-27")).items.isEmpty)
        #expect(try central.application(number: number)?.application.members[0].lifecycle.state.stage == stage, "a flag is not a decision")
        let resolution = try #require(try central.importFlagResolution(0, of: number))
        #expect(resolution.reviewer == ReviewTests.reviewer.text && resolution.note == note)

        let event = try #require(try central.journalEvents(origin: ExchangeTests.central).last)
        #expect(event.kind == "application.import_flag_resolved")
        #expect(event.payload.contains("\"reviewer\":\"demo-reviewer\"") && event.payload.contains("DUPLICATE_MEMBER"))
        #expect(!event.payload.contains("电话"), "the note stays in the store")
        #expect(try central.auditEvents(AuditFilter(operatorID: ReviewTests.reviewer.text)).last?.kind == event.kind)

        #expect(throws: KioskStoreError.noOpenImportFlag(number: number.text, member: 0)) {
            try central.resolveImportFlag(0, of: number, note: note, reviewer: ReviewTests.reviewer, now: Journey.at("2026-11-27", "11:00"))
        }
    }

    @Test func aMemberWithoutAFlagHasNoneToClose() throws {
        let store = try Journey.store()
        let number = try ReviewTests.underReview(in: store)
        #expect(throws: KioskStoreError.noOpenImportFlag(number: number.text, member: 0)) {
            try store.resolveImportFlag(0, of: number, note: try ReviewNote("x"), reviewer: ReviewTests.reviewer, now: Journey.at("2026-11-27"))
        }
        #expect(try store.importFlagResolution(0, of: number) == nil)
    }

    @Test func aFlagRaisedAgainByALaterBundleIsOpenAgain() throws {
        let (central, number) = try Self.flaggedAtCentral()
        try central.resolveImportFlag(0, of: number, note: try ReviewNote("已核对"), reviewer: ReviewTests.reviewer, now: Journey.at("2026-11-27"))
        try central.write { db in
            try KioskDatabase.flag([ImportConflict(number: number.text, memberPosition: 0, reasons: [.accountShort])],
                                   origin: ExchangeTests.counter, db: db, now: Journey.at("2026-11-28"))
        }
        #expect(try central.openImportConflicts() == [ImportConflict(number: number.text, memberPosition: 0, reasons: [.accountShort])])
        #expect(try central.importFlagResolution(0, of: number) == nil, "the earlier closing is not this flag's")
    }

    @Test func aFlagGainsReasonsAndABindingClearsOnlyItsOwn() throws {
        let (central, number) = try Self.flaggedAtCentral()
        try central.write { db in
            try KioskDatabase.flag([ImportConflict(number: number.text, memberPosition: 0, reasons: [.accountShort])],
                                   origin: ExchangeTests.counter, db: db, now: Journey.at("2026-11-28"))
        }
        #expect(try central.openImportConflicts().map(\.reasons) == [[.binding(.duplicateMember), .accountShort]])
        try central.write { db in
            try KioskDatabase.clearBindingReasons(of: number.text, position: 0, db: db, now: Journey.at("2026-11-29"))
        }
        #expect(try central.openImportConflicts().map(\.reasons) == [[.accountShort]], "the payment still needs a look")
        try central.write { db in
            try KioskDatabase.clearBindingReasons(of: number.text, position: 0, db: db, now: Journey.at("2026-11-29"))
        }
        #expect(try central.openImportConflicts().count == 1)
    }
}
