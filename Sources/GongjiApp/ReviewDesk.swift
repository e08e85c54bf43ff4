import FamilyAid
import Foundation
import KioskStore
import KioskUI

/// What `gongji review` does: lists the applications waiting for review and records a
/// reviewer's decision on one member (approval begins the relationship). The desk opens for an
/// operator of the store whose role allows review, with their password; the demo store has its
/// demo reviewer (see `DemoOperators`).
public struct ReviewDesk {
    public static let demoReviewer = DemoOperators.reviewer.id
    public static let demoPassword = DemoOperators.reviewer.password

    public let database: KioskDatabase
    /// Who decides: named in the journal of every decision.
    public let reviewer: OperatorID
    public let policy: PolicyProfile
    public let calendar: WorkingDayCalendar

    /// Opens the desk for operator `reviewer` with `password` (a wrong one counts toward their
    /// lock), if their role allows review.
    public init(
        database: KioskDatabase, reviewer: String, password: String?, policy: PolicyProfile, calendar: WorkingDayCalendar,
        now: Date
    ) throws(ReviewError) {
        guard let password else { throw .passwordMissing }
        let authenticated: AuthenticatedOperator
        do {
            authenticated = try database.authenticateOperator(reviewer, password: password, now: now)
            try authenticated.require(.review)
        } catch let refusal as OperatorError {
            throw .operatorRefused(refusal)
        } catch {
            throw .storeFailed("\(error)")
        }
        guard let operatorID = try? authenticated.operatorID else { throw .operatorRefused(.invalidID(reviewer)) }
        self.database = database
        self.reviewer = operatorID
        self.policy = policy
        self.calendar = calendar
    }

    /// The review queue, as the console shows it: members flagged by imports first, then the
    /// members under review by deadline, the overdue ones said so; under each application's line
    /// its member with where it stands, its proofs and the guardian who confirmed for a child:
    /// names in full for the reviewer, ID numbers masked.
    public func list(now: Date = Date()) throws -> String {
        let today = CivilDate(now)
        var request = QueueRequest(filter: .all, search: "", after: nil, limit: KioskDatabase.reviewQueuePageSize)
        var output = ""
        var previous: ApplicationNumber?
        while true {
            let page = try ReviewQueueReader.page(request, database: database, calendar: calendar, today: today)
            for entry in page.entries {
                output += try lines(for: entry, withHeader: entry.number != previous || !entry.flaggedReasons.isEmpty)
                previous = entry.number
            }
            guard page.hasMore, let last = page.entries.last else { break }
            request.after = last.key
        }
        return output.isEmpty ? "no application is waiting for review\n" : output
    }

    /// The lines of one queue entry; the application's own line only where it differs from the
    /// entry before (two members of one application due the same day share it).
    private func lines(for entry: QueueEntry, withHeader: Bool) throws -> String {
        guard let stored = try database.application(number: entry.number),
              stored.application.members.indices.contains(entry.memberIndex) else { return "" }
        let application = stored.application
        let member = application.members[entry.memberIndex]
        var output = entry.flaggedReasons.isEmpty ? "" : "FLAGGED by an import: \(entry.number.text) member \(entry.memberIndex + 1): "
            + entry.flaggedReasons.joined(separator: ", ") + "\n"
        if withHeader {
            output += "\(stored.number.text)  submitted \(CivilDate(stored.createdAt))  sharer \(entry.sharerName.isEmpty ? "?" : entry.sharerName) "
                + "\(application.sharer.masked)  \(application.channel.rawValue), \(application.judgedBy)\n"
        }
        let proofs = stored.proofs[entry.memberIndex].map { proof in
            proof.kind.rawValue + (proof.documentNumber.map { " \($0)" } ?? "") + (proof.contentSHA256 == nil ? "" : " (scanned)")
        }
        let overdue = entry.overdueBy.map { days in days == 0 ? ", past its deadline" : ", overdue by \(days) working day\(days == 1 ? "" : "s")" } ?? ""
        output += "  member \(entry.memberIndex + 1)  \(member.details.name.text)  \(member.details.id.masked)  "
            + "\(Self.relation(member.details.relation))  \(Self.stage(member.lifecycle.state))\(overdue)"
            + (proofs.isEmpty ? "" : "  proofs: \(proofs.joined(separator: ", "))") + "\n"
        if let guardian = member.details.guardian {
            let name = try database.insuredPerson(idNumber: guardian.number)?.name ?? "?"
            output += "    guardian \(name)  \(guardian.masked)\n"
        }
        return output
    }

    /// Approves member `position` (1 first) of `number` and begins the relationship, or rejects
    /// it with `reason` and, where given, `note`: through `ReviewDecisions`, as the console does.
    /// Returns what was done, in a line; an approval whose relationship cannot begin changes
    /// nothing and says why.
    public func decide(
        _ number: String, member position: Int, reject reason: String?, note: String? = nil, resolvingFlag: Bool = false, now: Date
    ) throws -> String {
        let parsed: ApplicationNumber
        do { parsed = try ApplicationNumber.parse(number) } catch { throw ReviewError.badNumber(number) }
        let code = try reason.map { text throws(ReviewError) -> ReasonCode in
            guard let code = ReasonCode(rawValue: text.uppercased()) else { throw .unknownReason(text) }
            return code
        }
        let verdict: ReviewVerdict = resolvingFlag
            ? .resolveFlag(note: note ?? "")
            : code.map { .reject($0, note: note ?? "") } ?? .approve(quota: nil)
        let recorded = try ReviewDecisions.record(
            ReviewDecision(number: parsed, memberIndex: position - 1, verdict: verdict), reviewer: reviewer, database: database,
            policy: policy, calendar: calendar, now: now)
        let name = try database.application(number: parsed)?.application.members[position - 1].details.name.text ?? ""
        switch recorded {
        case .rejected(let code):
            return "\(parsed.text) member \(position) (\(name)) rejected: \(code.rawValue)\(note == nil ? "" : " (note kept)")\n"
        case .approved(let relationship):
            return "\(parsed.text) member \(position) (\(name)) approved; relationship \(relationship.id) "
                + "\(relationship.relationship.state.stage.rawValue) from \(relationship.relationship.start)\n"
        case .flagResolved:
            return "\(parsed.text) member \(position) (\(name)): import flag closed (note kept)\n"
        }
    }

    /// An error in words for the operator: the store's own explanation where it has one.
    static func reason(_ error: any Error) -> String {
        (error as? LocalizedError)?.errorDescription ?? String(describing: error)
    }

    static func relation(_ relation: DeclaredRelation) -> String {
        switch relation {
        case .near(let category, let tie): "\(category.rawValue) (\(tie.rawValue))"
        case .stepWithoutMaintenance(let category): "\(category.rawValue) (step, no maintenance)"
        case .inLaw(let relation): "in-law (\(relation.rawValue))"
        case .other: "other"
        }
    }

    static func stage(_ state: MemberState) -> String {
        switch state {
        case .underReview(let window): "under review since \(window.since), decide by \(window.decideBy)"
        case .awaitingConfirmation(let pending): "awaiting confirmation until \(pending.confirmBy)"
        case .rejected(let rejection): "rejected: \(rejection.reasons.map(\.rawValue).joined(separator: ", "))"
        case .declined: "declined"
        default: state.stage.rawValue
        }
    }
}

/// Why the review desk refused, in words an operator can act on.
public enum ReviewError: Error, CustomStringConvertible, Equatable {
    case realStore
    case passwordMissing
    /// The operator could not open the desk: a wrong password, a lock, a role without review.
    case operatorRefused(OperatorError)
    case storeFailed(String)
    case badNumber(String)
    case noSuchApplication(String)
    case noSuchMember(Int, count: Int)
    case unknownReason(String)
    case reasonNotForReview(ReasonCode)
    case notUnderReview(Int, stage: MemberStage)
    /// The relationship could not begin, so the approval was not saved either.
    case notApproved(Int, because: String)
    /// The reviewer took the application in themselves: another reviewer decides it.
    case ownIntake(String)
    /// The member carries no open import flag to close.
    case notFlagged(Int)

    public var description: String {
        switch self {
        case .realStore:
            "the sample application is only for the demo store (--demo-store)"
        case .passwordMissing:
            "give the reviewer's password in GONGJI_OPERATOR_PASSWORD"
        case .operatorRefused(let refusal):
            "\(refusal)"
        case .storeFailed(let reason):
            "the store could not check the operator: \(reason)"
        case .badNumber(let text):
            "\(text) is not an application number (like DEM001-000001-2)"
        case .noSuchApplication(let number):
            "there is no application \(number) in this store"
        case .noSuchMember(let position, let count):
            "the application has no member \(position); its members are 1 to \(count)"
        case .unknownReason(let text):
            "\(text) is not a reason code; use one of " + ReasonCode.reviewerCodes.map(\.rawValue).joined(separator: ", ")
        case .reasonNotForReview(let code):
            "\(code.rawValue) comes only from the member's own answer or its expiry, never from a reviewer"
        case .notUnderReview(let position, let stage):
            "member \(position) is not under review (it is \(stage.rawValue)); nothing was changed"
        case .ownIntake(let number):
            "you took application \(number) in yourself; another reviewer decides it; nothing was changed"
        case .notFlagged(let position):
            "member \(position) carries no open import flag; nothing was changed"
        case .notApproved(let position, let reason):
            "member \(position) was not approved and is still under review, because the relationship cannot begin: \(reason)"
        }
    }
}
