import FamilyAid
import Foundation
import GRDB
@testable import KioskStore
import Testing

@Suite("Signing in with ID number and card PIN")
struct SignInTests {
    let lockout = SignInLockout.standard
    let sharerID = Fixtures.sharer.idNumber
    let start = Fixtures.start

    @Test("the right PIN signs the person in")
    func success() throws {
        let store = try Fixtures.storeWithSharer()
        let outcome = try store.signIn(idNumber: sharerID, pin: Fixtures.pin, now: start, lockout: lockout)
        #expect(outcome == .signedIn(Fixtures.sharer))
    }

    @Test("wrong PINs count down, and the third locks the ID number for thirty minutes")
    func wrongPinsCountDownThenLock() throws {
        let store = try Fixtures.storeWithSharer()
        let outcomes = try (0..<3).map { minute in
            try store.signIn(idNumber: sharerID, pin: Fixtures.wrongPin, now: start.adding(minutes: Double(minute)), lockout: lockout)
        }
        #expect(outcomes == [
            .refused(remainingTries: 2),
            .refused(remainingTries: 1),
            .locked(until: start.adding(minutes: 2 + 30)),
        ])
    }

    @Test("an unknown ID number, or a person without a PIN, gets exactly the answers a wrong PIN gets")
    func unknownBehavesLikeWrongPin() throws {
        let store = try Fixtures.storeWithSharer()
        try store.addInsuredPerson(Fixtures.child, pin: nil, pinCost: .fastForTests, now: start)

        func threeTries(_ idNumber: String, pin: String) throws -> [SignInOutcome<InsuredPersonRecord>] {
            try (0..<3).map { minute in
                try store.signIn(idNumber: idNumber, pin: pin, now: start.adding(minutes: Double(minute)), lockout: lockout)
            }
        }
        let wrongPin = try threeTries(sharerID, pin: Fixtures.wrongPin)
        let unknown = try threeTries(Fixtures.strangerIDNumber, pin: Fixtures.pin)
        let withoutPin = try threeTries(Fixtures.child.idNumber, pin: Fixtures.pin)

        #expect(unknown == wrongPin)
        #expect(withoutPin == wrongPin)
    }

    /// Shown without a clock, which a loaded machine makes lie: with the stored PINs' cost made
    /// unusable, anything that runs scrypt at the prevailing cost fails. An unknown number then
    /// fails exactly as a wrong PIN does, so it does run a verification at the cost a real one has.
    @Test("an unknown ID number pays for one verification at the stored PINs' cost, as a wrong PIN does")
    func unknownPaysForAVerification() throws {
        let store = try Fixtures.storeWithSharer()
        try store.write { db in try db.execute(sql: "UPDATE pin_credential SET cost_n = 3") }
        func refusedForItsCost(_ idNumber: String) -> Bool {
            do {
                _ = try store.signIn(idNumber: idNumber, pin: Fixtures.wrongPin, now: start, lockout: lockout)
                return false
            } catch KioskStoreError.invalidPinHashCost(let cost) {
                return cost.n == 3
            } catch {
                return false
            }
        }
        #expect(refusedForItsCost(sharerID), "a wrong PIN runs scrypt")
        #expect(refusedForItsCost(Fixtures.strangerIDNumber), "so does an unknown number: the decoy")
        #expect(refusedForItsCost(Fixtures.child.idNumber), "and a person without a PIN")
    }

    @Test("while locked even the right PIN is refused, and the lock's end does not move")
    func lockRefusesRightPin() throws {
        let store = try Fixtures.storeWithSharer()
        let until = try lockSharer(store, at: start)

        let outcome = try store.signIn(idNumber: sharerID, pin: Fixtures.pin, now: start.adding(minutes: 29), lockout: lockout)

        #expect(outcome == .locked(until: until))
    }

    @Test("when the lock runs out the right PIN works, and a wrong one starts a fresh count")
    func lockExpires() throws {
        let store = try Fixtures.storeWithSharer()
        let until = try lockSharer(store, at: start)

        #expect(try store.signIn(idNumber: sharerID, pin: Fixtures.wrongPin, now: until, lockout: lockout)
            == .refused(remainingTries: 2))
        #expect(try store.signIn(idNumber: sharerID, pin: Fixtures.pin, now: until.adding(minutes: 1), lockout: lockout)
            == .signedIn(Fixtures.sharer))
    }

    @Test("a lock survives closing and reopening the store")
    func lockSurvivesRestart() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("store.sqlite")
        let until: Date
        do {
            let store = try KioskDatabase.open(at: path)
            try store.install(originID: Fixtures.origin, isDemo: true, now: start)
            try store.addInsuredPerson(Fixtures.sharer, pin: Fixtures.pin, pinCost: .fastForTests, now: start)
            until = try lockSharer(store, at: start)
        }

        let reopened = try KioskDatabase.open(at: path)
        let outcome = try reopened.signIn(idNumber: sharerID, pin: Fixtures.pin, now: start.adding(minutes: 5), lockout: lockout)

        #expect(outcome == .locked(until: until))
    }

    @Test("a success clears the count of wrong tries")
    func successResets() throws {
        let store = try Fixtures.storeWithSharer()
        _ = try store.signIn(idNumber: sharerID, pin: Fixtures.wrongPin, now: start, lockout: lockout)
        _ = try store.signIn(idNumber: sharerID, pin: Fixtures.wrongPin, now: start, lockout: lockout)
        #expect(try store.signIn(idNumber: sharerID, pin: Fixtures.pin, now: start, lockout: lockout)
            == .signedIn(Fixtures.sharer))

        #expect(try store.signIn(idNumber: sharerID, pin: Fixtures.wrongPin, now: start, lockout: lockout)
            == .refused(remainingTries: 2))
    }

    @Test("a lower-case x is the same ID number: it signs in and shares the count")
    func lowerCaseXSharesTheLock() throws {
        let store = try Fixtures.installedStore()
        try store.addInsuredPerson(Fixtures.parent, pin: Fixtures.pin, pinCost: .fastForTests, now: start)
        let upper = Fixtures.parent.idNumber
        let lower = upper.lowercased()

        #expect(try store.signIn(idNumber: lower, pin: Fixtures.pin, now: start, lockout: lockout) == .signedIn(Fixtures.parent))
        _ = try store.signIn(idNumber: upper, pin: Fixtures.wrongPin, now: start, lockout: lockout)
        _ = try store.signIn(idNumber: lower, pin: Fixtures.wrongPin, now: start, lockout: lockout)
        #expect(try store.signIn(idNumber: upper, pin: Fixtures.wrongPin, now: start, lockout: lockout)
            == .locked(until: start.adding(minutes: 30)))
    }

    @Test("another lockout rule is honoured")
    func otherRule() throws {
        let store = try Fixtures.storeWithSharer()
        let strict = SignInLockout(maxFailures: 1, lockDuration: 60)
        #expect(try store.signIn(idNumber: sharerID, pin: Fixtures.wrongPin, now: start, lockout: strict)
            == .locked(until: start.addingTimeInterval(60)))
    }

    @Test("each try is journaled under the subject key, with what happened")
    func journaled() throws {
        let store = try Fixtures.storeWithSharer()
        _ = try lockSharer(store, at: start)
        _ = try store.signIn(idNumber: sharerID, pin: Fixtures.pin, now: start.adding(minutes: 1), lockout: lockout)
        _ = try store.signIn(idNumber: sharerID, pin: Fixtures.pin, now: start.adding(minutes: 31), lockout: lockout)

        let events = try store.journalEvents(origin: Fixtures.origin).dropFirst(2)
        #expect(events.map(\.kind) == [
            "signin.failed", "signin.failed", "signin.locked", "signin.refused_while_locked", "signin.succeeded",
        ])
        let subjects = try Set(events.map { try subject(of: $0) })
        #expect(subjects.count == 1)
        #expect(subjects.first??.count == 64)
    }

    @Test("the store never keeps a typed unknown ID number in clear, anywhere in its files")
    func unknownNumberNotStoredInClear() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("store.sqlite")
        let store = try KioskDatabase.open(at: path)
        try store.install(originID: Fixtures.origin, isDemo: true, now: start)
        try store.addInsuredPerson(Fixtures.sharer, pin: Fixtures.pin, pinCost: .fastForTests, now: start)
        for _ in 0..<4 {
            _ = try store.signIn(idNumber: Fixtures.strangerIDNumber, pin: Fixtures.pin, now: start, lockout: lockout)
        }

        let files = try FileManager.default.contentsOfDirectory(atPath: directory.url.path)
        let contents = try files.map { try Data(contentsOf: directory.url.appendingPathComponent($0)) }
        #expect(contents.contains { $0.range(of: Data(Fixtures.sharer.idNumber.utf8)) != nil })  // the scan sees text
        #expect(!contents.contains { $0.range(of: Data(Fixtures.strangerIDNumber.utf8)) != nil })
        #expect(!contents.contains { $0.range(of: Data(Fixtures.pin.utf8)) != nil })
    }

    /// Three wrong PINs at `now`; returns the end of the lock they set.
    private func lockSharer(_ store: KioskDatabase, at now: Date) throws -> Date {
        var outcome: SignInOutcome<InsuredPersonRecord>?
        for _ in 0..<lockout.maxFailures {
            outcome = try store.signIn(idNumber: sharerID, pin: Fixtures.wrongPin, now: now, lockout: lockout)
        }
        guard case .locked(let until) = outcome else {
            Issue.record("expected a lock, got \(String(describing: outcome))")
            return now
        }
        return until
    }

    private func subject(of event: JournalEventRecord) throws -> String? {
        let object = try JSONSerialization.jsonObject(with: Data(event.payload.utf8)) as? [String: Any]
        return object?["subject"] as? String
    }
}
