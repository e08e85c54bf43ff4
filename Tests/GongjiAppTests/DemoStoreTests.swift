import FamilyAid
import Foundation
@testable import GongjiApp
import KioskStore
import Testing

@Suite("Demo store")
struct DemoStoreTests {
    @Test func everyPersonaHasAValidGeneratedNumber() throws {
        for persona in DemoPersonas.all {
            let id = try ResidentID.parse(persona.idNumber, today: CivilDate(year: 2026, month: 11, day: 23)!)
            #expect(id.number == persona.idNumber)
        }
        #expect(Set(DemoPersonas.all.map(\.idNumber)).count == DemoPersonas.all.count)
    }

    @Test func thePersonasCoverEveryHomeVerdict() throws {
        let today = CivilDate(year: 2026, month: 11, day: 23)!
        let people = DemoPersonas.all.map { persona in
            InsuredPerson(record: InsuredPersonRecord(
                idNumber: persona.idNumber, name: persona.name, insuranceKind: persona.insurance.rawValue,
                insuranceStatus: persona.status.rawValue, regionCode: persona.region, balanceFen: persona.balanceFen,
                carriedOverBalanceFen: persona.carriedOverFen, mobile: persona.mobile
            ), today: today)
        }
        let standings = people.compactMap { $0 }.map { SharerStanding.assess($0) }
        #expect(people.allSatisfy { $0 != nil })
        #expect(standings.contains { if case .mayShare = $0 { true } else { false } })
        for reason in [SharerIneligibility.residentInsurance, .notInsured, .accountSuspended(.suspended), .nothingShareable] {
            #expect(standings.contains(.cannotShare(reason)), "no persona shows \(reason)")
        }
        let ages = people.compactMap { $0?.id.age(on: today) }
        #expect(ages.contains { $0 < 16 }, "a child under 16")
        #expect(ages.contains { (16..<30).contains($0) }, "a child over 16")
        #expect(ages.contains { $0 >= 60 }, "a parent over 60")
    }

    @Test func aGuardiansWalkthroughHasItsPeople() throws {
        let today = CivilDate(year: 2026, month: 11, day: 23)!
        func person(_ name: String) throws -> InsuredPerson {
            let persona = try #require(DemoPersonas.all.first { $0.name == name })
            return try #require(InsuredPerson(record: InsuredPersonRecord(
                idNumber: persona.idNumber, name: persona.name, insuranceKind: persona.insurance.rawValue,
                insuranceStatus: persona.status.rawValue, regionCode: persona.region, balanceFen: persona.balanceFen,
                carriedOverBalanceFen: persona.carriedOverFen, mobile: persona.mobile
            ), today: today))
        }
        let grandmother = try person("张秀兰"), grandson = try person("王小明"), father = try person("王建国")
        #expect(SharerStanding.assess(grandmother) == .mayShare(shareable: Money(fen: 680_000)))
        let verdict = Eligibility.judge(
            sharer: grandmother,
            members: [ProposedMember(relation: .near(.sonsChild, .birth), typedName: grandson.name, idNumber: grandson.id, registry: grandson)],
            existing: .none, profile: .kioskDefault, today: today)[0]
        #expect(verdict.isEligible, "\(verdict.violations)")
        #expect(verdict.requirements.confirmations.contains(.guardian))
        #expect(Eligibility.guardianRefusal(father.id, registry: father, member: grandson.id, sharer: grandmother.id, today: today) == nil)
    }

    @Test func aNewDemoStoreIsMarkedAndVerifies() throws {
        let directory = try TemporaryDirectory()
        let database = try DemoStore.open(at: directory.path("demo.sqlite"), now: Date(), pinCost: .fastForTests)
        #expect(try database.installation()?.isDemo == true)
        #expect(try database.insuredPersonCount() == DemoPersonas.all.count)
        #expect(try database.verifyJournal() == .ok(origins: 1, events: try database.journalEvents(origin: DemoStore.originID).count))
        // Opening it again adds nobody twice.
        let again = try DemoStore.open(at: directory.path("demo.sqlite"), now: Date(), pinCost: .fastForTests)
        #expect(try again.insuredPersonCount() == DemoPersonas.all.count)
    }

    @Test func aRealStoreIsNeverTakenForADemoStore() throws {
        let directory = try TemporaryDirectory()
        let real = try KioskDatabase.open(at: directory.path("real.sqlite"))
        try real.install(originID: "K7TQ2M", isDemo: false, now: Date())
        #expect(throws: KioskStoreError.notADemoStore) {
            try DemoStore.open(at: directory.path("real.sqlite"), now: Date(), pinCost: .fastForTests)
        }
        #expect(try real.insuredPersonCount() == 0)
    }
}

@Suite("README")
struct ReadmeTests {
    @Test func theReadmeListsEveryDemoPersonaWithTheirNumber() throws {
        let readme = try String(contentsOf: ScreensDirectory.sourceCheckout.deletingLastPathComponent().appendingPathComponent("README.md"), encoding: .utf8)
        for persona in DemoPersonas.all {
            #expect(readme.contains("| \(persona.name) | \(persona.idNumber) |"), "README lacks \(persona.name)")
        }
        #expect(readme.contains("Every demo PIN is `\(DemoPersonas.pin)`"))
    }

    @Test func aDemoStoreFromAnEarlierOriginIsMadeAnew() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("demo.sqlite")
        do {
            let old = try KioskDatabase.open(at: path)
            _ = try old.install(originID: "DEMO01", isDemo: true, now: Date())
        }
        let database = try DemoStore.open(at: path, now: Date(), pinCost: .fastForTests)
        #expect(try database.installation()?.originID == DemoStore.originID)
        #expect(try database.insuredPersonCount() == DemoPersonas.all.count)
    }

    @Test func aDemoStoreGetsThePersonasAddedSinceItWasMade() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("demo.sqlite")
        do {
            let old = try KioskDatabase.open(at: path)
            _ = try old.install(originID: DemoStore.originID, isDemo: true, now: Date())
        }
        let database = try DemoStore.open(at: path, now: Date(), pinCost: .fastForTests)
        #expect(try database.insuredPersonCount() == DemoPersonas.all.count)
        #expect(try DemoStore.open(at: path, now: Date(), pinCost: .fastForTests).insuredPersonCount() == DemoPersonas.all.count)
    }

    @Test func aRealStoreIsNeverTakenForAnOldDemoStore() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("real.sqlite")
        do {
            let real = try KioskDatabase.open(at: path)
            _ = try real.install(originID: "K7M2QX", isDemo: false, now: Date())
        }
        #expect(throws: KioskStoreError.notADemoStore) { try DemoStore.open(at: path, now: Date(), pinCost: .fastForTests) }
        #expect(FileManager.default.fileExists(atPath: path))
    }
}
