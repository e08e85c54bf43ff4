import Foundation
import KioskStore
import Testing

@Suite("Installation")
struct InstallationTests {
    @Test("a new store has no installation until it is installed")
    func installOnce() throws {
        let store = try KioskDatabase.inMemory()
        #expect(try store.installation() == nil)

        let installed = try store.install(originID: Fixtures.origin, isDemo: true, now: Fixtures.start)

        #expect(installed == Installation(originID: Fixtures.origin, isDemo: true, createdAt: Fixtures.start))
        #expect(try store.installation() == installed)
    }

    @Test("a second install is refused and changes nothing")
    func secondInstallRefused() throws {
        let store = try Fixtures.installedStore(isDemo: false)

        #expect(throws: KioskStoreError.alreadyInstalled(originID: Fixtures.origin)) {
            try store.install(originID: "COUNTER-2", isDemo: true, now: Fixtures.start.adding(minutes: 1))
        }
        #expect(try store.installation()?.originID == Fixtures.origin)
        #expect(try store.installation()?.isDemo == false)
        #expect(try store.journalEvents(origin: "COUNTER-2").isEmpty)
    }

    @Test("installing starts the origin's chain with installation.created")
    func installationJournaled() throws {
        let store = try Fixtures.installedStore(isDemo: true)
        let events = try store.journalEvents(origin: Fixtures.origin)

        #expect(events.map(\.kind) == ["installation.created"])
        #expect(events.first?.sequence == 1)
        #expect(events.first?.prevHash == String(repeating: "0", count: 64))
        #expect(events.first?.payload == #"{"isDemo":true}"#)
        #expect(events.first?.recordedAt == Fixtures.start)
    }

    @Test("commands on a store that was never installed are refused")
    func notInstalled() throws {
        let store = try KioskDatabase.inMemory()
        #expect(throws: KioskStoreError.notInstalled) {
            try store.addInsuredPerson(Fixtures.sharer, pin: nil, pinCost: .fastForTests, now: Fixtures.start)
        }
        #expect(throws: KioskStoreError.notInstalled) {
            try store.signIn(idNumber: Fixtures.sharer.idNumber, pin: Fixtures.pin, now: Fixtures.start, lockout: .standard)
        }
    }
}
