import Testing
import TestSupport
@testable import FamilyAid

@Suite("Eligibility: whole verdicts")
struct CombinedVerdictTests {
    /// N21, one sharer per member, five at once; the sharer's account suspended and five members
    /// bound. The proposed "grandfather" is 10 years younger than the sharer, typed under the
    /// wrong name, suspended, insured in 西城, and shared by someone else.
    @Test("A member with many problems gets every one, in the table's order")
    func everyProblem() {
        var profile = Profiles.n21
        profile.id = "test-n21-one-sharer"
        profile.oneSharerPerMember = true
        let sharer = Fixture.sharer(status: .suspended)
        let member = Fixture.member(
            .near(.paternalGrandparent, .birth), name: "王伍", typed: "王五", born: "1980-02-02",
            region: "110102", status: .suspended, sharers: [Fixture.otherSharer])
        let verdicts = Fixture.judge(
            profile, [member], existing: ExistingMembers(activeOrScheduled: Fixture.childIDs(10..<15)), sharer: sharer)
        #expect(verdicts.map(\.violations) == [[
            .notInsured(.notInForce(.suspended)),
            .infoMismatch(typed: PersonName("王五"), registry: PersonName("王伍")),
            .outOfArea(memberRegion: People.region("110102"), sharerRegion: People.region("110101"), allowed: .samePoolingRegion),
            .relationNotAllowed(.categoryNotInEdition(.paternalGrandparent, .n21)),
            .alreadyShared(otherSharers: 1),
            .memberLimit(MemberLimitBreach(kind: .atOnce, limit: 5, count: 6)),
            .sharerIneligible(.accountSuspended(.suspended)),
            .relationImplausible(ImplausibleRelation(
                category: .paternalGrandparent, sharerBorn: People.date("1970-05-01"), memberBorn: People.date("1980-02-02"),
                expected: .memberOlder(byMoreThanYears: 20))),
        ]])
        #expect(verdicts.first?.codes == [
            .notInsured, .infoMismatch, .outOfArea, .relationNotAllowed, .alreadyShared, .memberLimit,
            .sharerIneligible, .relationImplausible,
        ])
    }

    @Test("A sound family under N26: no violations, requirements for each")
    func soundFamily() {
        let family = [Fixture.wife, Fixture.father, Fixture.minorSon, Fixture.grandmother]
        let verdicts = Fixture.judge(Profiles.n26, family)
        #expect(verdicts.allSatisfy { $0.isEligible })
        #expect(verdicts.map(\.requirements.confirmations) == [[.member, .sharer], [.member, .sharer], [.sharer], [.member, .sharer]])
        #expect(verdicts.map { $0.requirements.proofs.map(\.proofCase) }
            == [[.spouse], [.parentOrChildByBirth], [.parentOrChildByBirth], [.extendedFamily]])
    }

    /// Members that share nothing (no person twice, no limit) are judged alone: shuffling them
    /// changes nothing in any one's verdict. Seeded, so a failure names its seed.
    @Test("Without a limit, unrelated members' verdicts do not depend on their order", arguments: [1, 2, 3, 42, 2026] as [UInt64])
    func orderIndependent(seed: UInt64) {
        let members = [
            Fixture.wife, Fixture.father, Fixture.son, Fixture.brother, Fixture.grandson,
            InfoMismatchTable.son(typed: "张晓明"), RelationNotAllowedTable.relative(.inLaw(.spousesParent)),
            OutOfAreaTable.son(in: "310101"), RelationImplausibleTable.relative(.parent, born: "1975-03-03"),
            Fixture.member(.near(.daughtersChild, .birth), name: "李外孙", born: "2021-01-01", sequence: "111", inRegistry: false),
        ]
        let existing = ExistingMembers(activeOrScheduled: [Fixture.grandson.idNumber])
        var generator = SeededGenerator(seed: seed)
        let shuffled = members.shuffled(using: &generator)
        for profile in [Profiles.n21, Profiles.n26, Profiles.oneSharer] {
            var unlimited = profile
            unlimited.memberLimit = .none
            let inOrder = verdictsByID(Fixture.judge(unlimited, members, existing: existing))
            let reordered = verdictsByID(Fixture.judge(unlimited, shuffled, existing: existing))
            #expect(inOrder == reordered, "seed \(seed), \(profile.id)")
        }
    }

    /// With a limit the order decides who is over it, and nothing else: the same number of
    /// otherwise sound members is over (a refused member takes no place, so seven sound children
    /// against five places leave two over, wherever the refused ones stand), and the other
    /// violations stay with the same people. A refused member that comes after the places are
    /// taken is told it is over the limit too: fixing its other problem would not get it in.
    @Test("With a limit, order decides only who is over it", arguments: [7, 8, 9] as [UInt64])
    func orderDecidesOnlyTheLimit(seed: UInt64) {
        let members = (1...7).map(Fixture.child) + [OutOfAreaTable.son(in: "310101"), MemberLimitTable.uninsuredChild]
        var generator = SeededGenerator(seed: seed)
        let shuffled = members.shuffled(using: &generator)
        let inOrder = Fixture.judge(Profiles.n24, members)
        let reordered = Fixture.judge(Profiles.n24, shuffled)
        func overLimit(_ verdicts: [MemberVerdict]) -> Int { verdicts.filter { $0.codes == [.memberLimit] }.count }
        func withoutLimit(_ verdicts: [MemberVerdict]) -> [ResidentID: [Violation]] {
            verdictsByID(verdicts).mapValues { $0.filter { $0.code != .memberLimit } }
        }
        #expect(overLimit(inOrder) == 2)
        #expect(overLimit(reordered) == 2)
        #expect(withoutLimit(inOrder) == withoutLimit(reordered))
    }

    @Test("Verdicts come back one per member, in application order, even when empty")
    func shape() {
        #expect(Fixture.judge(Profiles.n24, []).isEmpty)
        let members = [Fixture.son, Fixture.wife, Fixture.father]
        #expect(Fixture.judge(Profiles.n24, members).map(\.idNumber) == members.map(\.idNumber))
    }

    func verdictsByID(_ verdicts: [MemberVerdict]) -> [ResidentID: [Violation]] {
        Dictionary(uniqueKeysWithValues: verdicts.map { ($0.idNumber, $0.violations) })
    }
}
