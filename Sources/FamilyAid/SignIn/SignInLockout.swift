import Foundation

/// What the kiosk remembers about failed sign-ins for one ID number.
///
/// It is kept for ID numbers the registry does not know as well, so that an unknown number and a
/// wrong PIN behave exactly alike and the kiosk reveals nothing about who is insured.
public struct SignInAttempts: Hashable, Sendable, Codable {
    /// Wrong tries since the last success or the last lock.
    public var failures: Int
    /// While set and in the future, every try is refused without checking the PIN.
    public var lockedUntil: Date?

    public init(failures: Int = 0, lockedUntil: Date? = nil) {
        self.failures = failures
        self.lockedUntil = lockedUntil
    }

    public static let none = SignInAttempts()
}

/// The rule for wrong PINs: after `maxFailures` wrong tries in a row an ID number is locked for
/// `lockDuration`; a lock that has run out starts a fresh count.
public struct SignInLockout: Hashable, Sendable, Codable {
    public var maxFailures: Int
    public var lockDuration: TimeInterval

    public init(maxFailures: Int = 3, lockDuration: TimeInterval = 30 * 60) {
        precondition(maxFailures > 0, "a lockout needs at least one allowed try")
        self.maxFailures = maxFailures
        self.lockDuration = lockDuration
    }

    /// The national kiosk rule: three wrong tries lock the number for thirty minutes.
    public static let standard = SignInLockout()

    /// The instant until which `attempts` keeps the number locked, or nil when a try may be made now.
    public func lockedUntil(_ attempts: SignInAttempts, now: Date) -> Date? {
        guard let until = attempts.lockedUntil, until > now else { return nil }
        return until
    }

    /// The attempts as they stand at `now`: an expired lock is forgotten with its count.
    public func current(_ attempts: SignInAttempts, now: Date) -> SignInAttempts {
        if let until = attempts.lockedUntil, until <= now { return .none }
        return attempts
    }

    /// The attempts after one more wrong try at `now`; the try that reaches the limit sets the lock.
    public func afterFailure(_ attempts: SignInAttempts, now: Date) -> SignInAttempts {
        var next = current(attempts, now: now)
        next.failures += 1
        if next.failures >= maxFailures {
            next.lockedUntil = now.addingTimeInterval(lockDuration)
        }
        return next
    }

    /// How many more wrong tries are allowed before the lock.
    public func remainingTries(_ attempts: SignInAttempts, now: Date) -> Int {
        max(0, maxFailures - current(attempts, now: now).failures)
    }
}

/// The answer to a sign-in, as the kiosk may show it. An unknown ID number and a wrong PIN give
/// the same `.refused`, by design.
public enum SignInOutcome<Person: Sendable>: Sendable {
    case signedIn(Person)
    case refused(remainingTries: Int)
    case locked(until: Date)
}

extension SignInOutcome: Equatable where Person: Equatable {}
extension SignInOutcome: Hashable where Person: Hashable {}
