import FamilyAid
import Foundation
import GRDB
@testable import KioskStore
import Testing

/// `backup`: a whole copy taken while the store is open, verified, never over an existing file.
@Suite("Backup")
struct BackupTests {
    @Test func theCopyHoldsEverythingAndVerifies() throws {
        let directory = try TemporaryDirectory()
        let store = try KioskDatabase.open(at: directory.path("kiosk.sqlite"))
        _ = try store.install(originID: Journey.origin, isDemo: false, now: Journey.at("2026-11-23"))
        try store.addInsuredPerson(Journey.sharerRecord, pin: Fixtures.pin, pinCost: .fastForTests, now: Journey.at("2026-11-23"))
        // A second connection holds a read open, as a kiosk would.
        let reader = try KioskDatabase.open(at: directory.path("kiosk.sqlite"))
        _ = try reader.installation()

        let copy = directory.path("copy.sqlite")
        #expect(try store.backup(to: copy) == .ok(origins: 1, events: 2))
        let restored = try KioskDatabase.open(at: copy)
        #expect(try restored.insuredPerson(idNumber: Journey.sharerRecord.idNumber) != nil)
        #expect(try restored.installation()?.originID == Journey.origin)
        let permissions = try FileManager.default.attributesOfItem(atPath: copy)[.posixPermissions] as? NSNumber
        #expect(permissions?.intValue == 0o640)
        #expect(throws: KioskStoreError.backupExists(path: copy)) { try store.backup(to: copy) }
    }
}
