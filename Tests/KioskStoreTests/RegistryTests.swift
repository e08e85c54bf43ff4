import Foundation
import KioskStore
import Testing

@Suite("Insured-person registry")
struct RegistryTests {
    @Test("a person added is found by ID number, and counted")
    func addAndLookUp() throws {
        let store = try Fixtures.installedStore()
        try store.addInsuredPerson(Fixtures.sharer, pin: Fixtures.pin, pinCost: .fastForTests, now: Fixtures.start)
        try store.addInsuredPerson(Fixtures.child, pin: nil, pinCost: .fastForTests, now: Fixtures.start)

        #expect(try store.insuredPerson(idNumber: Fixtures.sharer.idNumber) == Fixtures.sharer)
        #expect(try store.insuredPerson(idNumber: Fixtures.child.idNumber) == Fixtures.child)
        #expect(try store.insuredPerson(idNumber: Fixtures.strangerIDNumber) == nil)
        #expect(try store.insuredPersonCount() == 2)
    }

    @Test("a lower-case x finds the person whose ID number ends in X")
    func lowerCaseX() throws {
        let store = try Fixtures.installedStore()
        var typedLowerCase = Fixtures.parent
        typedLowerCase.idNumber = Fixtures.parent.idNumber.lowercased()
        try store.addInsuredPerson(typedLowerCase, pin: nil, pinCost: .fastForTests, now: Fixtures.start)

        #expect(try store.insuredPerson(idNumber: "33010619850411050x") == Fixtures.parent)
        #expect(try store.insuredPerson(idNumber: "33010619850411050X") == Fixtures.parent)
    }

    @Test("the same ID number twice is refused, and the first stays as it was")
    func duplicate() throws {
        let store = try Fixtures.installedStore()
        try store.addInsuredPerson(Fixtures.sharer, pin: nil, pinCost: .fastForTests, now: Fixtures.start)
        var impostor = Fixtures.sharer
        impostor.name = "王五"

        #expect(throws: KioskStoreError.personAlreadyRegistered) {
            try store.addInsuredPerson(impostor, pin: nil, pinCost: .fastForTests, now: Fixtures.start)
        }
        #expect(try store.insuredPerson(idNumber: Fixtures.sharer.idNumber)?.name == "张三")
        #expect(try store.journalEvents(origin: Fixtures.origin).count == 2)
    }

    @Test("the store refuses records that break its rules, naming the rule", arguments: BrokenRule.allCases)
    func rulesOfTheSchema(rule: BrokenRule) throws {
        let store = try Fixtures.installedStore()

        let error = try #require(throws: KioskStoreError.self) {
            try store.addInsuredPerson(rule.applied(to: Fixtures.sharer), pin: nil, pinCost: .fastForTests, now: Fixtures.start)
        }
        guard case .recordRejected(let reason) = error else {
            Issue.record("expected recordRejected, got \(error)")
            return
        }
        #expect(reason.contains(rule.rawValue))
        #expect(try store.insuredPersonCount() == 0)
        #expect(try store.journalEvents(origin: Fixtures.origin).count == 1)
    }

    @Test("bulk seeding adds everyone in one transaction with one journal event")
    func bulk() throws {
        let store = try Fixtures.installedStore(isDemo: true)
        let credential = try PinHasher.credential(for: Fixtures.pin, cost: .fastForTests)
        try store.addInsuredPeople(
            [(Fixtures.sharer, credential), (Fixtures.child, nil), (Fixtures.parent, credential)],
            now: Fixtures.start)

        #expect(try store.insuredPersonCount() == 3)
        let events = try store.journalEvents(origin: Fixtures.origin)
        #expect(events.map(\.kind) == ["installation.created", "registry.seeded"])
        #expect(events.last?.payload == #"{"count":3,"withPin":2}"#)
        let outcome = try store.signIn(
            idNumber: Fixtures.parent.idNumber, pin: Fixtures.pin, now: Fixtures.start, lockout: .standard)
        #expect(outcome == .signedIn(Fixtures.parent))
    }

    @Test("a bulk add with one bad record adds no one and journals nothing")
    func bulkIsAllOrNothing() throws {
        let store = try Fixtures.installedStore(isDemo: true)
        var broken = Fixtures.child
        broken.regionCode = "abc"

        #expect(throws: KioskStoreError.self) {
            try store.addInsuredPeople([(Fixtures.sharer, nil), (broken, nil)], now: Fixtures.start)
        }
        #expect(try store.insuredPersonCount() == 0)
        #expect(try store.journalEvents(origin: Fixtures.origin).count == 1)
    }

    @Test("demo seeding goes into a demo store and is refused by a real one")
    func demoSeeding() throws {
        let demo = try Fixtures.installedStore(isDemo: true)
        try demo.seedDemoRegistry([(Fixtures.sharer, nil)], now: Fixtures.start)
        #expect(try demo.insuredPersonCount() == 1)

        let real = try Fixtures.installedStore(isDemo: false)
        #expect(throws: KioskStoreError.notADemoStore) {
            try real.seedDemoRegistry([(Fixtures.sharer, nil)], now: Fixtures.start)
        }
        #expect(try real.insuredPersonCount() == 0)
    }
}

/// One way to break each rule of the registry's schema, named by the constraint that catches it.
enum BrokenRule: String, CaseIterable, Sendable {
    case id_number_is_18_upper_case_characters
    case name_is_not_empty
    case insurance_kind_is_employee_resident_or_none
    case insurance_status_is_active_suspended_or_frozen
    case region_code_is_6_digits
    case balance_is_not_negative
    case carried_over_balance_is_part_of_the_balance

    func applied(to person: InsuredPersonRecord) -> InsuredPersonRecord {
        var person = person
        switch self {
        case .id_number_is_18_upper_case_characters: person.idNumber = "11010519900307123"
        case .name_is_not_empty: person.name = ""
        case .insurance_kind_is_employee_resident_or_none: person.insuranceKind = "commercial"
        case .insurance_status_is_active_suspended_or_frozen: person.insuranceStatus = "paused"
        case .region_code_is_6_digits: person.regionCode = "11010A"
        case .balance_is_not_negative: person.balanceFen = -1
        case .carried_over_balance_is_part_of_the_balance: person.carriedOverBalanceFen = person.balanceFen + 1
        }
        return person
    }
}
