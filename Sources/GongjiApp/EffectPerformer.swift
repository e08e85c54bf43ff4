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

    public init(database: KioskDatabase, lockout: SignInLockout, logger: Logger) {
        self.database = database
        self.lockout = lockout
        self.logger = logger
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
        case .checkSignaturePIN(let id, let pin):
            // The same check and the same count of wrong tries as a sign-in.
            guard case .signInAnswered(let outcome)? = signIn(id, pin: pin, now: now) as Event? else { return .serviceFailed }
            return .signaturePINAnswered(outcome)
        case .loadMemberSharers(let member):
            return memberSharers(of: member)
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

    /// The sharer's members bound now, waiting in other applications, and bound once. The store
    /// keeps no relationships or applications yet, so every sharer has none today; once they are
    /// stored, this reads them from the store.
    private func existingMembers(of sharer: ResidentID) -> Event {
        .existingMembersLoaded(.none)
    }

    /// How many sharers pay for this member now or from a day ahead: the order among them
    /// (支付顺位) is asked where there are any.
    private func memberSharers(of member: ResidentID) -> Event {
        do {
            let inForce = try database.relationships(asMember: member).filter { $0.relationship.state.stage != .ended }
            return .memberSharersLoaded(member, count: inForce.count)
        } catch {
            logger.error("a member's sharers could not be read: \(error)")
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
