import FamilyAid
import Foundation
import KioskStore
import KioskUI
import Logging

/// Carries out what `update` asks for, against the store, and turns each answer into the event
/// that feeds it back. Every failure becomes an event the kiosk can say in words; nothing here
/// ever reaches the screen directly, and nothing personal reaches the log.
public struct EffectPerformer: Sendable {
    public let database: KioskDatabase
    public let lockout: SignInLockout
    let logger: Logger
    /// The kiosk's profile; an application judged by another (a built-in one) is followed under
    /// the profile that judged it.
    public let policy: PolicyProfile
    /// Counts the working days of invitation and review deadlines.
    public let calendar: WorkingDayCalendar

    public init(
        database: KioskDatabase, lockout: SignInLockout, logger: Logger,
        policy: PolicyProfile = .kioskDefault, calendar: WorkingDayCalendar = .weekendsOnly
    ) {
        self.database = database
        self.lockout = lockout
        self.logger = logger
        self.policy = policy
        self.calendar = calendar
    }

    /// Performs one effect at `now`; returns the event that answers it, if any. `.quit` and
    /// `.redrawAll` belong to whoever drives the screen and are left to it.
    public func perform(_ effect: Effect, now: Date) -> Event? {
        switch effect {
        case .signIn(let id, let pin):
            return signIn(id, pin: pin, now: now)
        case .lookUpMember(let id):
            return lookUpMember(id, now: now)
        case .loadExistingMembers(let sharer):
            return existingMembers(of: sharer)
        // After submission (member confirmation, tracking).
        case .loadInvitations(let person):
            return invitations(awaiting: person, now: now)
        case .answerInvitation(let number, let member, let party, let accept):
            return answerInvitation(number, member: member, party: party, accept: accept, now: now)
        case .loadApplications(let person):
            return applications(of: person, now: now)
        case .actOnMember(let number, let member, let action):
            return act(action, on: member, of: number, now: now)
        case .sessionEnded(let reason):
            logger.info("session ended", metadata: ["reason": "\(reason.rawValue)"])
            return nil
        case .redrawAll, .quit:
            return nil
        }
    }

    /// The registry's record for a prospective member's ID number, or nil when it has none.
    private func lookUpMember(_ id: ResidentID, now: Date) -> Event {
        do {
            guard let record = try database.insuredPerson(idNumber: id.number) else {
                logger.info("member look-up found nobody")
                return .memberLookedUp(id, nil)
            }
            guard let person = InsuredPerson(record: record, today: CivilDate(now)) else {
                logger.error("a registry row could not be read as a person")
                return .serviceFailed
            }
            logger.info("member look-up found a person")
            return .memberLookedUp(id, person)
        } catch {
            logger.error("member look-up failed in the store: \(error)")
            return .serviceFailed
        }
    }

    /// The sharer's members bound now, waiting in other applications, and bound once: what the
    /// member limit and the duplicate rule count.
    private func existingMembers(of sharer: ResidentID) -> Event {
        do {
            return .existingMembersLoaded(try database.existingMembers(of: sharer))
        } catch {
            logger.error("the sharer's members could not be read from the store: \(error)")
            return .serviceFailed
        }
    }

    private func signIn(_ id: ResidentID, pin: String, now: Date) -> Event {
        do {
            let outcome = try database.signIn(idNumber: id.number, pin: pin, now: now, lockout: lockout)
            switch outcome {
            case .signedIn(let record):
                guard let person = InsuredPerson(record: record, today: CivilDate(now)) else {
                    logger.error("a registry row could not be read as a person")
                    return .serviceFailed
                }
                logger.info("sign-in succeeded")
                return .signInAnswered(.signedIn(person))
            case .refused(let remaining):
                logger.info("sign-in refused", metadata: ["remaining": "\(remaining)"])
                return .signInAnswered(.refused(remainingTries: remaining))
            case .locked(let until):
                logger.notice("sign-in locked", metadata: ["until": "\(until)"])
                return .signInAnswered(.locked(until: until))
            }
        } catch {
            logger.error("sign-in failed in the store: \(error)")
            return .serviceFailed
        }
    }
}
