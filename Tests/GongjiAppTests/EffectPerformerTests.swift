import FamilyAid
import Foundation
@testable import GongjiApp
import KioskUI
import Logging
import Testing

/// The effects of adding members, performed against the demo store.
@Suite("Effects against the store")
struct EffectPerformerTests {
    let performer: EffectPerformer
    let now = ReplayRunner.defaultStart

    init() throws {
        performer = EffectPerformer(
            database: try DemoStore.inMemory(now: now, pinCost: .fastForTests), lockout: .standard,
            logger: Logger(label: "gongji.test") { _ in SwiftLogNoOpLogHandler() })
    }

    func id(_ number: String) throws -> ResidentID {
        try ResidentID.parse(number, today: CivilDate(now))
    }

    @Test func aMemberInTheRegistryIsFoundWithTheRegistrysFacts() throws {
        let spouse = try id("110105197007080221")
        guard case .memberLookedUp(let asked, let person)? = performer.perform(.lookUpMember(spouse), now: now) else {
            Issue.record("no look-up answer")
            return
        }
        #expect(asked == spouse)
        #expect(person?.id == spouse)
        #expect(person?.name.text == "李秀英")
        #expect(person?.insurance == .employee)
        #expect(person?.region.code == "110105")
    }

    @Test func aNumberNotInTheRegistryIsAnsweredWithNobody() throws {
        let textbook = try id("11010519491231002X")
        guard case .memberLookedUp(let asked, let person)? = performer.perform(.lookUpMember(textbook), now: now) else {
            Issue.record("no look-up answer")
            return
        }
        #expect(asked == textbook)
        #expect(person == nil)
    }

    @Test func aSharerWithNothingStoredHasNoExistingMembers() throws {
        let sharer = try id("110105196803150118")
        guard case .existingMembersLoaded(let existing)? = performer.perform(.loadExistingMembers(sharer: sharer), now: now) else {
            Issue.record("no answer")
            return
        }
        #expect(existing == .none)
    }

    @Test func theSharersStoredMembersAreCounted() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("demo.sqlite")
        _ = try FollowUpStore.decided(at: path)
        let stored = EffectPerformer(
            database: try DemoStore.open(at: path, now: now, pinCost: .fastForTests), lockout: .standard,
            logger: Logger(label: "gongji.test") { _ in SwiftLogNoOpLogHandler() })
        guard case .existingMembersLoaded(let existing)? = stored.perform(.loadExistingMembers(sharer: try id("110105196803150118")), now: now) else {
            Issue.record("no answer")
            return
        }
        // The son was approved and his sharing begun; his mother was refused, so she is not held.
        #expect(existing.activeOrScheduled == [FollowUpStore.youngChild])
        #expect(existing.pending.isEmpty)
    }

    @Test func aMemberWithoutRelationshipsHasNoSharersYet() throws {
        let spouse = try id("110105197007080221")
        guard case .memberSharersLoaded(let asked, let count)? = performer.perform(.loadMemberSharers(spouse), now: now) else {
            Issue.record("no answer")
            return
        }
        #expect(asked == spouse)
        #expect(count == 0)
    }

    @Test func theSigningPINIsCheckedLikeASignIn() throws {
        let sharer = try id("110105196803150118")
        guard case .signaturePINAnswered(.refused(let remaining))? = performer.perform(.checkSignaturePIN(sharer, pin: "000000"), now: now) else {
            Issue.record("a wrong PIN was not refused")
            return
        }
        #expect(remaining == 2)
        guard case .signaturePINAnswered(.signedIn(let person))? = performer.perform(.checkSignaturePIN(sharer, pin: "123456"), now: now) else {
            Issue.record("the right PIN was not accepted")
            return
        }
        #expect(person.id == sharer)
    }
}
