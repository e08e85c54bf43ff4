import Foundation
import Testing
@testable import FamilyAid

/// Who may confirm as the guardian of a member under 16: an adult, other than the member and the
/// sharer, whom the registry knows. The member is the sharer's grandson of 4 (Fixture.grandson);
/// today is 2026-11-23.
struct GuardianRow: Sendable, CustomTestStringConvertible {
    let label: String
    let candidate: InsuredPerson
    /// Whether the registry has a record for the candidate's number.
    var inRegistry = true
    /// The refusal judged on the number alone, before the registry is asked.
    let beforeLookUp: GuardianRefusal?
    /// The refusal with the registry's answer.
    let afterLookUp: GuardianRefusal?

    var testDescription: String { label }
}

enum GuardianTable {
    static let member = Fixture.grandson
    /// The grandson's father, 张三's son.
    static let father = People.person("张小明", born: "2000-06-01", sequence: "051", insurance: .resident)

    static func person(born: String, sequence: String = "033") -> InsuredPerson {
        People.person("王某", born: born, sequence: sequence, insurance: .none)
    }

    static let rows: [GuardianRow] = [
        GuardianRow(label: "the father, an adult in the registry", candidate: father, beforeLookUp: nil, afterLookUp: nil),
        GuardianRow(label: "a mother with no insurance: the registry still knows her",
                    candidate: People.person("李某", born: "1999-03-03", sequence: "062", insurance: .none),
                    beforeLookUp: nil, afterLookUp: nil),
        GuardianRow(label: "an adult the registry does not know", candidate: father, inRegistry: false,
                    beforeLookUp: nil, afterLookUp: .notInRegistry),
        GuardianRow(label: "18 today", candidate: person(born: "2008-11-23"), beforeLookUp: nil, afterLookUp: nil),
        GuardianRow(label: "18 tomorrow", candidate: person(born: "2008-11-24"), beforeLookUp: .underAge(17), afterLookUp: .underAge(17)),
        GuardianRow(label: "a brother of 12, not in the registry either", candidate: person(born: "2014-05-05"), inRegistry: false,
                    beforeLookUp: .underAge(12), afterLookUp: .underAge(12)),
        GuardianRow(label: "the member themselves", candidate: member.registry!, beforeLookUp: .isTheMember, afterLookUp: .isTheMember),
        GuardianRow(label: "the sharer", candidate: Fixture.sharer, beforeLookUp: .isTheSharer, afterLookUp: .isTheSharer),
    ]
}

@Suite("Eligibility: who may confirm as guardian")
struct GuardianTests {
    @Test(arguments: GuardianTable.rows)
    func row(_ row: GuardianRow) {
        let candidate = row.candidate.id
        let member = GuardianTable.member.idNumber
        #expect(Eligibility.guardianRefusal(candidate, member: member, sharer: Fixture.sharer.id, today: People.today) == row.beforeLookUp)
        #expect(Eligibility.guardianRefusal(
            candidate, registry: row.inRegistry ? row.candidate : nil, member: member, sharer: Fixture.sharer.id,
            today: People.today) == row.afterLookUp)
    }

    @Test func aRecordForAnotherNumberIsNoRecord() {
        let refusal = Eligibility.guardianRefusal(
            GuardianTable.father.id, registry: GuardianTable.person(born: "1990-01-01"), member: GuardianTable.member.idNumber,
            sharer: Fixture.sharer.id, today: People.today)
        #expect(refusal == .notInRegistry)
    }

    @Test func aGuardianIsAtLeast18() {
        #expect(Eligibility.guardianMinimumAge == 18)
    }

    @Test func changingTheGuardianIsAChangeOfTheDetails() {
        let details = MemberDetails(name: PersonName("张孙"), id: GuardianTable.member.idNumber, relation: .near(.sonsChild, .birth))
        var named = details
        named.guardian = GuardianTable.father.id
        #expect(details.changes(to: named) == [.guardian(from: nil, to: GuardianTable.father.id)])
        #expect(named.changes(to: named).isEmpty)
    }

    @Test func detailsStoredBeforeGuardiansReadWithoutOne() throws {
        var details = MemberDetails(name: PersonName("张孙"), id: GuardianTable.member.idNumber, relation: .near(.sonsChild, .birth))
        let without = try JSONEncoder().encode(details)
        #expect(!String(decoding: without, as: UTF8.self).contains("guardian"), "nothing new is written for a member without one")
        #expect(try JSONDecoder().decode(MemberDetails.self, from: without).guardian == nil)
        details.guardian = GuardianTable.father.id
        #expect(try JSONDecoder().decode(MemberDetails.self, from: JSONEncoder().encode(details)) == details)
    }
}
