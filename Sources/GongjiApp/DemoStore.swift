import FamilyAid
import Foundation
import KioskStore

/// A throwaway store for trying the kiosk, training and tests: created on first use with the
/// demo personas, marked as a demo store (the kiosk shows a badge on it).
public enum DemoStore {
    public static let originID = "DEM001"

    /// Opens the demo store at `path`, creating and filling it when it is new.
    public static func open(at path: String, now: Date, pinCost: PinHashCost = .standard) throws -> KioskDatabase {
        let database = try KioskDatabase.open(at: path)
        try fillIfNew(database, now: now, pinCost: pinCost)
        return database
    }

    /// A demo store in memory (headless replay without --store, tests).
    public static func inMemory(now: Date, pinCost: PinHashCost = .standard) throws -> KioskDatabase {
        let database = try KioskDatabase.inMemory()
        try fillIfNew(database, now: now, pinCost: pinCost)
        return database
    }

    /// Installs and fills a new store; an existing demo store is left as it is, and a real
    /// store is refused, so demo people never mix with real ones.
    static func fillIfNew(_ database: KioskDatabase, now: Date, pinCost: PinHashCost) throws {
        if let installation = try database.installation() {
            guard installation.isDemo else { throw KioskStoreError.notADemoStore }
            return
        }
        _ = try database.install(originID: originID, isDemo: true, now: now)
        // One hash for the shared demo PIN keeps creation fast; real stores hash each PIN.
        let credential = try PinHasher.credential(for: DemoPersonas.pin, cost: pinCost)
        let people = DemoPersonas.all.map { persona in
            (InsuredPersonRecord(
                idNumber: persona.idNumber, name: persona.name,
                insuranceKind: persona.insurance.rawValue, insuranceStatus: persona.status.rawValue,
                regionCode: persona.region, balanceFen: persona.balanceFen,
                carriedOverBalanceFen: persona.carriedOverFen, mobile: persona.mobile
            ), Optional(credential))
        }
        try database.seedDemoRegistry(people, now: now)
    }
}
