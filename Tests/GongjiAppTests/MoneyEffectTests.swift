import FamilyAid
import Foundation
@testable import GongjiApp
import KioskUI
import Logging
import Testing

/// The money effects (我的共济关系, unbinding, 消费明细) performed against a demo store in which
/// sharing and a bill were made through the store.
@Suite("Money effects against the store")
struct MoneyEffectTests {
    let directory: TemporaryDirectory
    let performer: EffectPerformer
    let now = ReplayRunner.defaultStart

    init() throws {
        directory = try TemporaryDirectory()
        performer = EffectPerformer(
            database: try DemoSharing.prepare(at: directory.path("demo.sqlite")), lockout: .standard,
            logger: Logger(label: "gongji.test") { _ in SwiftLogNoOpLogHandler() })
    }

    @Test func bothSidesAreReadWithTheOtherPersonsName() throws {
        guard case .relationshipsLoaded(let entries)? = performer.perform(.loadRelationships(try DemoSharing.id(DemoSharing.sharer)), now: now) else {
            Issue.record("no answer")
            return
        }
        #expect(entries.map(\.otherName?.text) == ["李秀英", "王小明"])
        #expect(entries.allSatisfy { $0.side == .sharer })
        #expect(entries.last?.relationship.quota?.unused == .yuan(800))
        guard case .relationshipsLoaded(let asMember)? = performer.perform(.loadRelationships(try DemoSharing.id(DemoSharing.child)), now: now) else {
            Issue.record("no answer")
            return
        }
        #expect(asMember.map(\.side) == [.member])
        #expect(asMember.first?.otherLabel == "王*国")
    }

    @Test func anUnbindingGivesTheUnusedQuotaBackAndTheEndedOneIsNoLongerListed() throws {
        let sharer = try DemoSharing.id(DemoSharing.sharer)
        guard case .relationshipsLoaded(let entries)? = performer.perform(.loadRelationships(sharer), now: now),
              let child = entries.last else {
            Issue.record("no answer")
            return
        }
        let answer = performer.perform(.endRelationship(id: child.id, side: .sharer), now: now)
        #expect(answer.map { "\($0)" } == "\(Event.relationshipEnded(id: child.id, quotaReturned: .yuan(800)))")
        guard case .relationshipsLoaded(let after)? = performer.perform(.loadRelationships(sharer), now: now) else { return }
        #expect(after.map(\.otherName?.text) == ["李秀英"])
        let again = performer.perform(.endRelationship(id: child.id, side: .sharer), now: now)
        #expect(again.map { "\($0)" } == "\(Event.serviceFailed)", "an ended one cannot end twice")
    }

    @Test func spendingIsReadForBothSidesWithRefunds() throws {
        let from = CivilDate("2026-11-01")!, to = CivilDate("2026-11-23")!
        guard case .spendingLoaded(let mine)? = performer.perform(
            .loadSpending(try DemoSharing.id(DemoSharing.sharer), from: from, to: to), now: now) else {
            Issue.record("no answer")
            return
        }
        #expect(mine.paidByMe.map(\.amount) == [.yuan(300), .yuan(-100)])
        #expect(mine.paidByMe.first?.otherName?.text == "王小明")
        #expect(mine.paidForMe.isEmpty && mine.refunds.isEmpty)
        guard case .spendingLoaded(let his)? = performer.perform(
            .loadSpending(try DemoSharing.id(DemoSharing.child), from: from, to: to), now: now) else { return }
        #expect(his.paidForMe.map(\.amount) == [.yuan(300), .yuan(-100)])
        #expect(his.refunds.map(\.toSharers) == [.yuan(100)])
        guard case .spendingLoaded(let october)? = performer.perform(
            .loadSpending(try DemoSharing.id(DemoSharing.child), from: CivilDate("2026-10-01")!, to: CivilDate("2026-10-31")!), now: now)
        else { return }
        #expect(october.paidForMe.isEmpty && october.refunds.isEmpty)
    }

    @Test func aContributionIsPaidFromTheQuotaOnceAndASecondTimeRefused() throws {
        let child = try DemoSharing.id(DemoSharing.child)
        let sharer = try DemoSharing.id(DemoSharing.sharer)
        #expect(performer.perform(.loadPremiums(child), now: now).map { "\($0)" } == "\(Event.premiumsLoaded(child, []))")
        let request = PremiumRequest(
            member: child, memberInsurance: .resident, coverageYear: 2027, amount: .yuan(400), date: CivilDate(now))
        guard case .premiumPaid(let receipt)? = performer.perform(.payPremium(request, sharer: sharer, profile: DemoSharing.profile), now: now) else {
            Issue.record("not paid")
            return
        }
        #expect(receipt.sharerAfter.quotaRemaining == .yuan(400))
        guard case .premiumRefused(.alreadyPaid)? = performer.perform(.payPremium(request, sharer: sharer, profile: DemoSharing.profile), now: now) else {
            Issue.record("a second payment was not refused as already paid")
            return
        }
        guard case .premiumsLoaded(_, let paid)? = performer.perform(.loadPremiums(child), now: now) else { return }
        #expect(paid.map(\.coverageYear) == [2027])
    }
}
