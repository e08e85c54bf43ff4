import FamilyAid
import Foundation
import KioskStore

/// A throwaway store for trying the kiosk, training and tests: created on first use with the
/// demo personas, marked as a demo store (the kiosk shows a badge on it).
public enum DemoStore {
    public static let originID = "DEM001"

    /// Whether `origin` is one a demo store may have: DEM and three digits. DEM001 is the kiosk's;
    /// another (`--demo-origin DEM009`) makes a second demo installation, such as a central office
    /// for training on bundles.
    public static func isDemoOrigin(_ origin: String) -> Bool {
        origin.count == 6 && origin.hasPrefix("DEM") && origin.dropFirst(3).allSatisfy(\.isASCII) && origin.dropFirst(3).allSatisfy(\.isNumber)
    }

    /// Opens the demo store at `path`, creating and filling it when it is new. A demo store left by
    /// an earlier gongji under another origin cannot issue this version's application numbers; it
    /// holds fictional people only, so it is made anew.
    public static func open(at path: String, now: Date, pinCost: PinHashCost = .standard, origin: String = originID) throws -> KioskDatabase {
        if try isFromAnEarlierVersion(at: path) {
            for file in [path, path + "-wal", path + "-shm"] where FileManager.default.fileExists(atPath: file) {
                try FileManager.default.removeItem(atPath: file)
            }
        }
        let database = try KioskDatabase.open(at: path)
        try fillIfNew(database, now: now, pinCost: pinCost, origin: origin)
        return database
    }

    /// A new demo store at `path` (where there is no file yet) for `gongji seed` to fill in one
    /// transaction (`KioskDatabase.openNewForSeeding`), with the demo personas and operators.
    public static func createForSeeding(at path: String, now: Date, pinCost: PinHashCost = .standard) throws -> KioskDatabase {
        let database = try KioskDatabase.openNewForSeeding(at: path)
        try fillIfNew(database, now: now, pinCost: pinCost)
        return database
    }

    /// Whether `path` holds a demo store installed under an origin this version does not give. The store
    /// opened to look is closed again before the answer.
    static func isFromAnEarlierVersion(at path: String) throws -> Bool {
        guard FileManager.default.fileExists(atPath: path) else { return false }
        guard let installation = try KioskDatabase.open(at: path).installation() else { return false }
        return installation.isDemo && !isDemoOrigin(installation.originID)
    }

    /// A demo store in memory (headless replay without --store, tests).
    public static func inMemory(now: Date, pinCost: PinHashCost = .standard) throws -> KioskDatabase {
        let database = try KioskDatabase.inMemory()
        try fillIfNew(database, now: now, pinCost: pinCost)
        return database
    }

    /// Installs and fills a new store. An existing demo store gets the personas and operators added
    /// since it was made; a real store is refused, so demo people never mix with real ones.
    static func fillIfNew(_ database: KioskDatabase, now: Date, pinCost: PinHashCost, origin: String = originID) throws {
        if let installation = try database.installation() {
            guard installation.isDemo else { throw KioskStoreError.notADemoStore }
        } else {
            _ = try database.install(originID: origin, isDemo: true, now: now)
        }
        try DemoOperators.addIfNone(to: database, now: now, cost: pinCost)
        let missing = try DemoPersonas.all.filter { try database.insuredPerson(idNumber: $0.idNumber) == nil }
        guard !missing.isEmpty else { return }
        // One hash for the shared demo PIN keeps creation fast; real stores hash each PIN.
        let credential = try PinHasher.credential(for: DemoPersonas.pin, cost: pinCost)
        let people = missing.map { persona in
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
