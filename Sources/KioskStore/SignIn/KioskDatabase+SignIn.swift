import FamilyAid
import Foundation
import GRDB

extension KioskDatabase {
    /// Signs a person in with their ID number and card PIN, in one write transaction: read the
    /// attempts, check the lock, verify the PIN, record the attempts, append the journal event.
    ///
    /// A locked subject is refused without looking at the PIN. An ID number the registry does not
    /// know (or a person without a PIN) costs one decoy verification and counts towards the lock
    /// exactly like a wrong PIN, so neither the answer nor its timing tells who is insured.
    /// The try that reaches the limit answers `.locked(until:)`; a success clears the count.
    public func signIn(
        idNumber: String,
        pin: String,
        now: Date,
        lockout: SignInLockout
    ) throws -> SignInOutcome<InsuredPersonRecord> {
        try write { db in
            let installation = try InstallationRecord.fetchRequired(db)
            let subject = SubjectKey(idNumber: idNumber, secret: installation.subjectSecret)
            let stored = try SignInAttemptRecord.attempts(db, of: subject)
            let journal = SignInJournal(db: db, origin: installation.originID, subject: subject, now: now)

            if let until = lockout.lockedUntil(stored, now: now) {
                try journal.append(.signInRefusedWhileLocked, lockedUntil: until)
                return .locked(until: until)
            }

            if let person = try Self.personMatching(db, idNumber: idNumber, pin: pin) {
                try SignInAttemptRecord.record(db, .none, of: subject)
                try journal.append(.signInSucceeded)
                return .signedIn(person)
            }

            let attempts = lockout.afterFailure(stored, now: now)
            try SignInAttemptRecord.record(db, attempts, of: subject)
            if let until = lockout.lockedUntil(attempts, now: now) {
                try journal.append(.signInLocked, lockedUntil: until)
                return .locked(until: until)
            }
            let remaining = lockout.remainingTries(attempts, now: now)
            try journal.append(.signInFailed, remainingTries: remaining)
            return .refused(remainingTries: remaining)
        }
    }

    /// The person when `pin` is theirs; nil otherwise, after the same amount of hashing work.
    private static func personMatching(_ db: Database, idNumber: String, pin: String) throws -> InsuredPersonRecord? {
        let key = InsuredPersonRecord.normalizedIDNumber(idNumber)
        guard let person = try InsuredPersonRecord.fetchOne(db, key: key),
              let credential = try PinCredentialRecord.fetchOne(db, key: key)?.credential
        else {
            try PinHasher.spendOneVerification(of: pin, cost: PinCredentialRecord.prevailingCost(db))
            return nil
        }
        return try PinHasher.verify(pin, against: credential) ? person : nil
    }
}

/// Appends the sign-in events of one try; payloads name the subject, never the ID number.
private struct SignInJournal {
    let db: Database
    let origin: String
    let subject: SubjectKey
    let now: Date

    func append(_ kind: JournalEventKind, lockedUntil: Date? = nil, remainingTries: Int? = nil) throws {
        let payload = SignInPayload(
            subject: subject.hex,
            lockedUntil: lockedUntil.map(Journal.storedText(of:)),
            remainingTries: remainingTries)
        try Journal.append(db, origin: origin, kind: kind, payload: payload, at: now)
    }
}

private struct SignInPayload: Encodable {
    var subject: String
    var lockedUntil: String?
    var remainingTries: Int?
}
