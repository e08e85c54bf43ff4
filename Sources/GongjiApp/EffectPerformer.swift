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
    /// Writes a text receipt of each submitted application (into the `receipts` folder beside the
    /// store); nil for none, as for a store in memory.
    public var receipts: ReceiptFile?
    /// The scanner's inbox and the store's document folder; nil at a kiosk without a scanner.
    public var scans: ScanFolders?
    /// The counter clerk these effects are done for, when a clerk serves a resident: recorded
    /// with the endings and payments they carry out on the resident's behalf.
    public var counterClerk: OperatorID?

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
        case .verifyInPerson(let id, let name):
            return verifyInPerson(id, name: name, now: now)
        case .lookUpMember(let id):
            return lookUp(id, now: now, answer: Event.memberLookedUp)
        case .lookUpGuardian(let id):
            return lookUp(id, now: now, answer: Event.guardianLookedUp)
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
        case .judgeRevision(let number, let member, let details):
            return judgeRevision(details, member: member, of: number, now: now)
        case .correctMember(let correction):
            return correct(correction, now: now)
        case .loadRelationships(let person):
            return relationships(of: person, now: now)
        case .endRelationship(let id, let side):
            return endRelationship(id, side: side, now: now)
        case .loadSpending(let person, let from, let to):
            return spending(of: person, from: from, to: to)
        case .loadPremiums(let member):
            return premiums(of: member)
        case .payPremium(let request, let sharer, let profile):
            return payPremium(request, sharer: sharer, profile: profile, now: now)
        case .checkSignaturePIN(let id, let pin):
            // The same check and the same count of wrong tries as a sign-in.
            let answer = signIn(id, pin: pin, now: now)
            guard case .signInAnswered(let outcome) = answer else { return answer }
            return .signaturePINAnswered(outcome)
        case .loadMemberSharers(let member):
            return memberSharers(of: member)
        case .submitApplication(let submission):
            return submit(submission, now: now)
        case .listScanInbox:
            return listScanInbox()
        case .attachScan(let file):
            return attachScan(file)
        case .makeDemoScan(let kind):
            return makeDemoScan(kind, now: now)
        case .clearScanInbox:
            clearScanInbox()
            return nil
        case .discardScans(let digests):
            discardScans(digests)
            return nil
        case .sessionEnded(let reason):
            logger.info("session ended", metadata: ["reason": "\(reason.rawValue)"])
            return nil
        case .redrawAll, .quit:
            return nil
        }
    }

    /// The event for a store that failed: a full or read-only store is said over the screen, since
    /// trying again cannot help until someone sees to it; anything else is said in place.
    func failed(_ error: any Error) -> Event {
        switch error as? KioskStoreError {
        case .diskFull?: .storeCannotSave(.full)
        case .readOnly?: .storeCannotSave(.readOnly)
        default: .serviceFailed
        }
    }

    /// The registry's record for a prospective member's (or their guardian's) ID number, or nil
    /// when it has none, as the event `answer` makes of it.
    private func lookUp(_ id: ResidentID, now: Date, answer: (ResidentID, InsuredPerson?) -> Event) -> Event {
        do {
            guard let record = try database.insuredPerson(idNumber: id.number) else {
                logger.info("registry look-up found nobody")
                return answer(id, nil)
            }
            guard let person = InsuredPerson(record: record, today: CivilDate(now)) else {
                logger.error("a registry row could not be read as a person")
                return .serviceFailed
            }
            logger.info("registry look-up found a person")
            return answer(id, person)
        } catch {
            logger.error("registry look-up failed in the store: \(error)")
            return failed(error)
        }
    }

    /// At a counter: the registry's record for the number, if it holds it under the name the clerk
    /// typed from the original. Nothing counts toward a PIN lock: no PIN was tried.
    private func verifyInPerson(_ id: ResidentID, name: PersonName, now: Date) -> Event {
        switch lookUp(id, now: now, answer: { _, person in .memberLookedUp(id, person) }) {
        case .memberLookedUp(_, let person?):
            guard name.matches(person.name) else {
                logger.info("in-person check: the name differs from the registry's")
                return .inPersonAnswered(.nameMismatch)
            }
            return .inPersonAnswered(.verified(person))
        case .memberLookedUp(_, nil):
            return .inPersonAnswered(.notInRegistry)
        default:
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
            return failed(error)
        }
    }

    /// How many sharers pay for this member now or from a day ahead: the order among them
    /// (支付顺位) is asked where there are any.
    private func memberSharers(of member: ResidentID) -> Event {
        do {
            let inForce = try database.relationships(asMember: member).filter { $0.relationship.state.stage != .ended }
            return .memberSharersLoaded(member, count: inForce.count)
        } catch {
            logger.error("a member's sharers could not be read: \(error)")
            return failed(error)
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
            return failed(error)
        }
    }

    // MARK: Money after a sharing is live

    /// The resident's relationships in force, as sharer then as member, each brought up to
    /// today first (a scheduled one whose day has come is active; one past its last day ended).
    private func relationships(of person: ResidentID, now: Date) -> Event {
        do {
            try database.advanceRelationships(to: CivilDate(now), now: now)
            let asSharer = try database.relationships(asSharer: person).map { ($0, RelationshipSide.sharer) }
            let asMember = try database.relationships(asMember: person).map { ($0, RelationshipSide.member) }
            let entries = try (asSharer + asMember).filter { $0.0.relationship.state.stage != .ended }.map { stored, side in
                let other = side == .sharer ? stored.relationship.member.id : stored.relationship.sharer.id
                let record = try database.insuredPerson(idNumber: other.number)
                return SharingEntry(
                    id: stored.id, side: side, relationship: stored.relationship, uses: stored.allowedUses,
                    otherName: record.map { PersonName($0.name) }, otherInsurance: record.flatMap { InsuranceKind(rawValue: $0.insuranceKind) })
            }
            logger.info("relationships read", metadata: ["count": "\(entries.count)"])
            return .relationshipsLoaded(entries)
        } catch {
            logger.error("relationships could not be read: \(error)")
            return failed(error)
        }
    }

    /// The sharer unbinds or the member leaves, today; the unused quota goes back in the same step.
    private func endRelationship(_ id: Int64, side: RelationshipSide, now: Date) -> Event {
        do {
            let transition = try database.endRelationship(
                id, by: side == .sharer ? .unbindBySharer : .memberLeaves, on: CivilDate(now), servedBy: counterClerk, now: now)
            logger.info("relationship ended", metadata: ["relationship": "\(id)", "by": "\(side.rawValue)"])
            return .relationshipEnded(id: id, quotaReturned: transition.quotaReturned)
        } catch {
            logger.error("relationship could not be ended: \(error)")
            return failed(error)
        }
    }

    /// 消费明细: the ledger's rows as sharer and as member, the other person's name for masking,
    /// and the refunds of the resident's own bills.
    private func spending(of person: ResidentID, from: CivilDate, to: CivilDate) -> Event {
        do {
            var names: [String: PersonName?] = [:]
            func name(_ id: ResidentID) throws -> PersonName? {
                if let known = names[id.number] { return known }
                let found = try database.insuredPerson(idNumber: id.number).map { PersonName($0.name) }
                names[id.number] = found
                return found
            }
            let byMe = try database.spending(ofSharer: person, from: from, to: to).map { row in
                SpendingLine(date: row.date, kind: row.kind, reference: row.reference, other: row.member,
                             otherName: try name(row.member), amount: row.amount, fromQuota: row.fromQuota)
            }
            let forMe = try database.spending(forMember: person, from: from, to: to).map { row in
                SpendingLine(date: row.date, kind: row.kind, reference: row.reference, other: row.sharer,
                             otherName: try name(row.sharer), amount: row.amount, fromQuota: row.fromQuota)
            }
            let refunds = try database.refunds(forMember: person, from: from, to: to).map { refund in
                RefundLine(date: refund.date, billNumber: refund.billNumber, refundNumber: refund.number, amount: refund.amount,
                           toSharers: refund.toSharers.map(\.amount).sum(), toOwnAccount: refund.toOwnAccount.total, toCash: refund.toCash)
            }
            logger.info("spending read", metadata: ["rows": "\(byMe.count + forMe.count + refunds.count)"])
            return .spendingLoaded(SpendingStatement(from: from, to: to, paidByMe: byMe, paidForMe: forMe, refunds: refunds))
        } catch {
            logger.error("spending could not be read: \(error)")
            return failed(error)
        }
    }

    /// The contributions already paid for a member, so the kiosk can say a year is paid.
    private func premiums(of member: ResidentID) -> Event {
        do {
            return .premiumsLoaded(member, try database.premiums(forMember: member))
        } catch {
            logger.error("contributions could not be read: \(error)")
            return failed(error)
        }
    }

    /// 家庭共济缴费; the domain's refusal goes back to be said in words.
    private func payPremium(_ request: PremiumRequest, sharer: ResidentID, profile: PolicyProfile, now: Date) -> Event {
        do {
            let receipt = try database.payPremium(request, sharer: sharer, profile: profile, servedBy: counterClerk, now: now)
            logger.info("contribution paid", metadata: ["year": "\(request.coverageYear)"])
            return .premiumPaid(receipt)
        } catch let refusal as PremiumRefusal {
            logger.info("contribution refused")
            return .premiumRefused(refusal)
        } catch {
            logger.error("contribution could not be paid: \(error)")
            return failed(error)
        }
    }
}
