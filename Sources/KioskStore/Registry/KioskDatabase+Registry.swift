import Foundation
import GRDB

extension KioskDatabase {
    /// Adds one person to the registry, with their card PIN when they have one.
    ///
    /// The PIN is hashed before the write transaction opens, so the slow hash never holds other
    /// programs up. Throws `KioskStoreError.personAlreadyRegistered` for a known ID number.
    public func addInsuredPerson(
        _ person: InsuredPersonRecord,
        pin: String?,
        pinCost: PinHashCost,
        now: Date
    ) throws {
        let credential = try pin.map { try PinHasher.credential(for: $0, cost: pinCost) }
        try write { db in
            let installation = try InstallationRecord.fetchRequired(db)
            try Self.register(db, person, credential: credential)
            let subject = SubjectKey(idNumber: person.idNumber, secret: installation.subjectSecret)
            try Journal.append(
                db, origin: installation.originID, kind: .personAdded,
                payload: PersonAdded(person: person, subject: subject, hasPin: credential != nil), at: now)
        }
    }

    /// Adds many people in one transaction with one journal event: for seeding a registry, with
    /// credentials made beforehand so that seeding does not pay for a slow hash per person.
    public func addInsuredPeople(_ people: [(InsuredPersonRecord, PinCredential?)], now: Date) throws {
        try write { db in
            let installation = try InstallationRecord.fetchRequired(db)
            for (person, credential) in people {
                try Self.register(db, person, credential: credential)
            }
            try Journal.append(
                db, origin: installation.originID, kind: .registrySeeded,
                payload: RegistrySeeded(count: people.count, withPin: people.count { $0.1 != nil }), at: now)
        }
    }

    /// Fills a demo store with fictional people; a real store refuses, so demo data can never mix
    /// with real people.
    public func seedDemoRegistry(_ people: [(InsuredPersonRecord, PinCredential?)], now: Date) throws {
        guard let installation = try installation() else { throw KioskStoreError.notInstalled }
        guard installation.isDemo else { throw KioskStoreError.notADemoStore }
        try addInsuredPeople(people, now: now)
    }

    /// The person with this ID number (a lower-case `x` is accepted), or nil.
    public func insuredPerson(idNumber: String) throws -> InsuredPersonRecord? {
        try read { db in
            try InsuredPersonRecord.fetchOne(db, key: InsuredPersonRecord.normalizedIDNumber(idNumber))
        }
    }

    public func insuredPersonCount() throws -> Int {
        try read(InsuredPersonRecord.fetchCount)
    }

    /// Inserts the person (ID number upper-cased, as the registry keeps it) and their credential.
    private static func register(_ db: Database, _ person: InsuredPersonRecord, credential: PinCredential?) throws {
        var person = person
        person.idNumber = InsuredPersonRecord.normalizedIDNumber(person.idNumber)
        do {
            try person.insert(db)
        } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_PRIMARYKEY {
            throw KioskStoreError.personAlreadyRegistered
        }
        if let credential {
            try PinCredentialRecord(idNumber: person.idNumber, credential: credential).insert(db)
        }
    }
}

/// What the journal says about a new person: their subject, never their ID number or name.
private struct PersonAdded: Encodable {
    var subject: String
    var insuranceKind: String
    var insuranceStatus: String
    var regionCode: String
    var hasPin: Bool

    init(person: InsuredPersonRecord, subject: SubjectKey, hasPin: Bool) {
        self.subject = subject.hex
        insuranceKind = person.insuranceKind
        insuranceStatus = person.insuranceStatus
        regionCode = person.regionCode
        self.hasPin = hasPin
    }
}

private struct RegistrySeeded: Encodable {
    var count: Int
    var withPin: Int
}
