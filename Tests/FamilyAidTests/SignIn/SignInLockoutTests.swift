import Foundation
import Testing
@testable import FamilyAid

/// The national kiosk rule: three wrong PINs in a row lock the number for thirty minutes; a lock
/// that has run out starts a fresh count.
@Suite("Sign-in lockout")
struct SignInLockoutTests {
    static let start = Date(timeIntervalSince1970: 1_795_395_600)
    static func at(_ minutes: Double) -> Date { start.addingTimeInterval(minutes * 60) }

    struct Row: Sendable, CustomTestStringConvertible {
        /// Minutes after `start` at which a wrong PIN was entered, in order.
        let failures: [Double]
        /// When the state is looked at.
        let now: Double
        let count: Int
        let lockedUntil: Double?
        let remaining: Int
        let why: String
        var testDescription: String { why }
    }

    static let rows: [Row] = [
        Row(failures: [], now: 0, count: 0, lockedUntil: nil, remaining: 3, why: "no wrong try"),
        Row(failures: [0], now: 0, count: 1, lockedUntil: nil, remaining: 2, why: "one wrong try"),
        Row(failures: [0, 1], now: 1, count: 2, lockedUntil: nil, remaining: 1, why: "two wrong tries"),
        Row(failures: [0, 1, 2], now: 2, count: 3, lockedUntil: 32, remaining: 0, why: "the third locks for 30 minutes"),
        Row(failures: [0, 1, 2], now: 31.99, count: 3, lockedUntil: 32, remaining: 0, why: "still locked just before the end"),
        Row(failures: [0, 1, 2], now: 32, count: 0, lockedUntil: nil, remaining: 3, why: "the lock ends on the minute"),
        Row(failures: [0, 1, 2, 40], now: 40, count: 1, lockedUntil: nil, remaining: 2, why: "after the lock, a fresh count"),
        Row(failures: [0, 1, 2, 40, 41, 42], now: 42, count: 3, lockedUntil: 72, remaining: 0, why: "locked again after three more"),
        Row(failures: [0, 1], now: 600, count: 2, lockedUntil: nil, remaining: 1, why: "wrong tries do not expire without a lock"),
        Row(failures: [0, 5, 1_000], now: 1_000, count: 3, lockedUntil: 1_030, remaining: 0, why: "three in a row however far apart"),
    ]

    @Test("Wrong tries and the lock", arguments: rows)
    func lockout(row: Row) {
        let rule = SignInLockout.standard
        var attempts = SignInAttempts.none
        for minute in row.failures { attempts = rule.afterFailure(attempts, now: Self.at(minute)) }
        let now = Self.at(row.now)
        #expect(rule.current(attempts, now: now).failures == row.count)
        #expect(rule.lockedUntil(attempts, now: now) == row.lockedUntil.map(Self.at))
        #expect(rule.remainingTries(attempts, now: now) == row.remaining)
    }

    @Test func theStandardRuleIsThreeTriesAndThirtyMinutes() {
        #expect(SignInLockout.standard.maxFailures == 3)
        #expect(SignInLockout.standard.lockDuration == 1_800)
    }

    @Test func anExpiredLockIsForgottenWithItsCount() {
        let locked = SignInAttempts(failures: 3, lockedUntil: Self.at(30))
        #expect(SignInLockout.standard.current(locked, now: Self.at(30)) == .none)
        #expect(SignInLockout.standard.current(locked, now: Self.at(29)) == locked)
    }

    @Test func anotherRule() {
        let rule = SignInLockout(maxFailures: 5, lockDuration: 60)
        var attempts = SignInAttempts.none
        for second in 0..<4 { attempts = rule.afterFailure(attempts, now: Self.start.addingTimeInterval(Double(second))) }
        #expect(rule.lockedUntil(attempts, now: Self.start.addingTimeInterval(4)) == nil)
        #expect(rule.remainingTries(attempts, now: Self.start.addingTimeInterval(4)) == 1)
        attempts = rule.afterFailure(attempts, now: Self.start.addingTimeInterval(4))
        #expect(rule.lockedUntil(attempts, now: Self.start.addingTimeInterval(4)) == Self.start.addingTimeInterval(64))
    }

    @Test func attemptsAreStored() throws {
        let attempts = SignInAttempts(failures: 2, lockedUntil: Self.at(10))
        #expect(try JSONDecoder().decode(SignInAttempts.self, from: JSONEncoder().encode(attempts)) == attempts)
    }
}
