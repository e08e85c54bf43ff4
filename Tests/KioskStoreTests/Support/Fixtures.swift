import Foundation
import KioskStore

/// Fictional people with well-formed, generated ID numbers, and fixed instants: tests never read
/// the clock.
enum Fixtures {
    static let origin = "KIOSK-330106-01"
    static let start = Date(timeIntervalSince1970: 1_790_000_000)  // 2026-09-21, UTC

    static let sharer = InsuredPersonRecord(
        idNumber: "110105199003071239", name: "张三", insuranceKind: "employee",
        insuranceStatus: "active", regionCode: "110105", balanceFen: 1_234_567,
        carriedOverBalanceFen: 1_000_000, mobile: "13800000000")
    static let child = InsuredPersonRecord(
        idNumber: "440304201206150042", name: "李小红", insuranceKind: "resident",
        insuranceStatus: "active", regionCode: "440304", balanceFen: 0, carriedOverBalanceFen: 0)
    static let parent = InsuredPersonRecord(
        idNumber: "33010619850411050X", name: "阿依古丽·买买提", insuranceKind: "employee",
        insuranceStatus: "suspended", regionCode: "330106", balanceFen: 50_000,
        carriedOverBalanceFen: 20_000)
    /// Well-formed but in no registry.
    static let strangerIDNumber = "320582197811025673"

    static let pin = "135790"
    static let wrongPin = "000000"

    /// A migrated, installed store in memory.
    static func installedStore(isDemo: Bool = false) throws -> KioskDatabase {
        let store = try KioskDatabase.inMemory()
        try store.install(originID: origin, isDemo: isDemo, now: start)
        return store
    }

    /// An installed store holding `sharer` with `pin`, hashed at the test cost.
    static func storeWithSharer() throws -> KioskDatabase {
        let store = try installedStore()
        try store.addInsuredPerson(sharer, pin: pin, pinCost: .fastForTests, now: start)
        return store
    }
}

extension Date {
    func adding(minutes: Double) -> Date {
        addingTimeInterval(minutes * 60)
    }
}
