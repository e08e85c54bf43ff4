import Testing
@testable import FamilyAid

/// Automatic dissolution (DOMAIN.md: "automatically dissolved because either side's insurance
/// ended or moved to another pooling region"), judged from both sides' current registry facts.
/// The relationship began with both sides insured in 110101 (Beijing 东城区): the sharer in
/// employee insurance, the member in resident insurance.
@Suite("Sharing relationship dissolution")
struct DissolutionTests {
    struct Row: CustomTestStringConvertible, Sendable {
        let name: String
        let sharer: InsuredPerson
        let member: InsuredPerson
        let causes: [Dissolution]
        var testDescription: String { name }
    }

    static func sharer(_ change: (inout InsuredPerson) -> Void = { _ in }) -> InsuredPerson {
        var person = Lifecycle.sharer
        change(&person)
        return person
    }

    static func member(_ change: (inout InsuredPerson) -> Void = { _ in }) -> InsuredPerson {
        var person = Lifecycle.member
        change(&person)
        return person
    }

    static let home = People.region("110101")
    static let nextDistrict = People.region("110102")
    static let shanghai = People.region("310101")

    static let rows: [Row] = [
        Row(name: "nothing changed", sharer: sharer(), member: member(), causes: []),
        Row(name: "balances changed: no matter", sharer: sharer { $0.accountBalance = .zero; $0.carriedOverBalance = .zero },
            member: member(), causes: []),
        Row(name: "member's insurance suspended (断缴): stays, often temporary", sharer: sharer(),
            member: member { $0.status = .suspended }, causes: []),
        Row(name: "member's insurance frozen: stays", sharer: sharer(), member: member { $0.status = .frozen }, causes: []),
        Row(name: "sharer's account suspended: stays", sharer: sharer { $0.status = .suspended }, member: member(), causes: []),
        Row(name: "member moved from resident to employee insurance, same region: stays", sharer: sharer(),
            member: member { $0.insurance = .employee }, causes: []),
        Row(name: "member's insurance ended", sharer: sharer(), member: member { $0.insurance = .none },
            causes: [Dissolution(side: .member, cause: .insuranceEnded)]),
        Row(name: "sharer's employee insurance ended, now resident insurance", sharer: sharer { $0.insurance = .resident },
            member: member(), causes: [Dissolution(side: .sharer, cause: .insuranceEnded)]),
        Row(name: "sharer's insurance ended altogether", sharer: sharer { $0.insurance = .none }, member: member(),
            causes: [Dissolution(side: .sharer, cause: .insuranceEnded)]),
        Row(name: "sharer's insurance moved to the next district", sharer: sharer { $0.region = nextDistrict }, member: member(),
            causes: [Dissolution(side: .sharer, cause: .movedRegion(from: home, to: nextDistrict))]),
        Row(name: "member's insurance moved to another province", sharer: sharer(), member: member { $0.region = shanghai },
            causes: [Dissolution(side: .member, cause: .movedRegion(from: home, to: shanghai))]),
        Row(name: "member's insurance suspended and moved: moved", sharer: sharer(),
            member: member { $0.status = .suspended; $0.region = shanghai },
            causes: [Dissolution(side: .member, cause: .movedRegion(from: home, to: shanghai))]),
        Row(name: "member's insurance ended, registry region changed too: ended only", sharer: sharer(),
            member: member { $0.insurance = .none; $0.region = shanghai }, causes: [Dissolution(side: .member, cause: .insuranceEnded)]),
        Row(name: "both sides: sharer moved, member's insurance ended; the sharer first",
            sharer: sharer { $0.region = shanghai }, member: member { $0.insurance = .none },
            causes: [Dissolution(side: .sharer, cause: .movedRegion(from: home, to: shanghai)), Dissolution(side: .member, cause: .insuranceEnded)]),
    ]

    @Test(arguments: rows)
    func causes(_ row: Row) throws {
        let relationship = Lifecycle.active()
        #expect(try relationship.dissolutionCauses(sharer: row.sharer, member: row.member) == row.causes)
    }

    @Test(arguments: rows)
    func dissolvingReturnsTheUnusedQuota(_ row: Row) throws {
        var relationship = Lifecycle.active(used: .yuan(250))
        let before = relationship
        let step = try relationship.dissolveIfNeeded(sharer: row.sharer, member: row.member, on: Lifecycle.day("2026-12-10"))
        if row.causes.isEmpty {
            #expect(step == nil)
            #expect(relationship == before)
        } else {
            let ending = RelationshipEnding(reason: .dissolved(row.causes), on: Lifecycle.day("2026-12-10"), returnedQuota: .yuan(750))
            #expect(relationship.state == .ended(ending))
            #expect(step?.quotaReturned == .yuan(750))
        }
    }

    @Test func aScheduledRelationshipDissolvesWithItsWholeQuota() throws {
        var relationship = Lifecycle.scheduled()
        let step = try relationship.dissolveIfNeeded(
            sharer: Self.sharer(), member: Self.member { $0.insurance = .none }, on: Lifecycle.day("2026-11-24"))
        #expect(step?.quotaReturned == .yuan(1000))
        #expect(relationship.state.stage == .ended)
    }

    @Test func anEndedRelationshipDoesNotDissolveAgain() throws {
        var relationship = Lifecycle.ended()
        #expect(throws: LifecycleError.relationshipEventNotAllowed(.ended, .dissolve)) {
            try relationship.dissolveIfNeeded(sharer: Self.sharer(), member: Self.member { $0.insurance = .none }, on: Lifecycle.day("2026-12-10"))
        }
    }

    @Test func factsAboutSomeoneElseAreRefused() {
        let relationship = Lifecycle.active()
        let stranger = People.person("赵六", born: "1980-01-01", sequence: "033")
        #expect(throws: LifecycleError.registryFactsForAnotherPerson(.sharer)) {
            try relationship.dissolutionCauses(sharer: stranger, member: Self.member())
        }
        #expect(throws: LifecycleError.registryFactsForAnotherPerson(.member)) {
            try relationship.dissolutionCauses(sharer: Self.sharer(), member: stranger)
        }
        // The two sides swapped are both someone else.
        #expect(throws: LifecycleError.registryFactsForAnotherPerson(.sharer)) {
            try relationship.dissolutionCauses(sharer: Self.member(), member: Self.sharer())
        }
    }
}
