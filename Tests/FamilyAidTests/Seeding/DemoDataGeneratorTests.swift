import Foundation
import Testing
@testable import FamilyAid

/// Seeded demo data: the same plan gives the same data, every person is distinct and valid, and
/// every application is one the rules could have produced.
@Suite("Demo data")
struct DemoDataGeneratorTests {
    static func plan(residents: Int = 200, applications: Int = 600, seed: UInt64 = 7) -> DemoDataPlan {
        DemoDataPlan(residents: residents, applications: applications, seed: seed, asOf: People.date("2026-12-01"),
                     profile: .national(.n26), calendar: .weekendsOnly)
    }

    static func everything(_ plan: DemoDataPlan, batchSize: Int = 500) throws -> (families: [DemoFamily], applications: [DemoApplication]) {
        var generator = DemoDataGenerator(plan: plan, batchSize: batchSize)
        var families: [DemoFamily] = []
        var applications: [DemoApplication] = []
        while let batch = try generator.nextBatch() {
            families += batch.families
            applications += batch.applications
        }
        return (families, applications)
    }

    @Test("the same plan makes the same data, whatever the batch size; another seed makes other data")
    func deterministic() throws {
        let first = try Self.everything(Self.plan())
        let again = try Self.everything(Self.plan(), batchSize: 234)
        #expect(first.families.map(\.people) == again.families.map(\.people))
        #expect(first.applications.map(\.application) == again.applications.map(\.application))
        let other = try Self.everything(Self.plan(seed: 8))
        #expect(first.applications.map(\.application) != other.applications.map(\.application))
    }

    @Test("every resident has a distinct, valid ID number, and families are of plausible ages")
    func residents() throws {
        let families = try Self.everything(Self.plan(residents: 4_000, applications: 0)).families
        let ids = families.flatMap(\.people).map(\.id)
        #expect(ids.count == 4_000 && Set(ids).count == ids.count)
        for family in families {
            let sharer = family.sharer
            #expect(sharer.insurance == .employee)
            for (role, person) in zip(DemoFamily.Role.allCases, family.people) where role != .sharer {
                let relative = try DemoFamily.relation(of: role).nearRelative.get()
                #expect(Eligibility.PlausibilityRule.violation(relative, sharer: sharer.id, member: person.id, today: People.date("2026-12-01")) == nil,
                        "\(role) of family \(family.index)")
            }
        }
    }

    @Test("applications come in every state, numbered per origin, with the quota taken from the sharer's account")
    func applications() throws {
        let plan = Self.plan()
        let (families, applications) = try Self.everything(plan)
        let stages = Set(applications.map { $0.application.members[0].lifecycle.state.stage })
        #expect(stages == [.awaitingConfirmation, .underReview, .approved, .rejected, .declined, .cancelled])
        #expect(Set(applications.map(\.number)).count == applications.count)
        #expect(Set(applications.map(\.number.origin)) == Set(DemoDataPlan.origins))
        let relationships = applications.compactMap(\.relationship)
        #expect(relationships.contains { $0.relationship.state.stage == .ended } && relationships.contains { $0.relationship.state.stage == .active })
        // At most one relationship in force per pair.
        let inForce = relationships.filter { $0.relationship.state.stage != .ended }.map { [$0.relationship.sharer.id, $0.relationship.member.id] }
        #expect(Set(inForce).count == inForce.count)
        // Each sharer's account went down by the quotas in force and no further.
        var generator = DemoDataGenerator(plan: plan, batchSize: plan.applications + plan.families * DemoDataPlan.familySize)
        _ = try generator.nextBatch()
        let accounts = try #require(try generator.nextBatch()).accounts
        for family in families {
            let held = relationships.filter { $0.relationship.sharer.id == family.sharer.id && $0.relationship.state.stage != .ended }
            let after = accounts.first { $0.holder == family.sharer.id }?.balance ?? family.sharer.accountBalance
            #expect(after.fen == family.sharer.accountBalance.fen - Int64(held.count) * 100_000, "family \(family.index)")
        }
    }

    @Test("a plan out of range says why")
    func badPlans() {
        #expect(Self.plan(residents: 3).problem == "--residents must be at least 4 (one family)")
        #expect(Self.plan(applications: -1).problem == "--applications cannot be negative")
        var noQuotas = Self.plan()
        noQuotas.profile = .national(.n24)
        #expect(noQuotas.problem == "seeding needs a profile with quotas (N26)")
        #expect(Self.plan().problem == nil)
    }
}
