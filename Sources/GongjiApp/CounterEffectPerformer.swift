import FamilyAid
import Foundation
import KioskStore
import KioskUI
import Logging

/// Carries out what the counter console asks for, against the store and the document folder,
/// and turns each answer into the event that feeds it back. Failures become events the console
/// says in words; nothing personal reaches the log.
public struct CounterEffectPerformer: Sendable {
    public let database: KioskDatabase
    let logger: Logger
    public let policy: PolicyProfile
    public let calendar: WorkingDayCalendar
    /// The store's document folder, where scanned proofs are kept under their SHA-256.
    public let documents: DocumentFolder
    /// The kiosk's performer: for the engine's verdict judged the same way as at the kiosk, and
    /// for the resident's flows when a clerk serves a resident (with the counter's receipts and
    /// scanner, where it has them).
    var kiosk: EffectPerformer

    public init(database: KioskDatabase, logger: Logger, policy: PolicyProfile, calendar: WorkingDayCalendar, documents: DocumentFolder) {
        self.database = database
        self.logger = logger
        self.policy = policy
        self.calendar = calendar
        self.documents = documents
        kiosk = EffectPerformer(database: database, lockout: .standard, logger: logger, policy: policy, calendar: calendar)
    }

    public func perform(_ effect: CounterEffect, now: Date) -> CounterEvent? {
        switch effect {
        case .authenticate(let id, let password):
            return authenticate(id, password: password, now: now)
        case .loadQueue(let request):
            do {
                return .queueLoaded(try ReviewQueueReader.page(request, database: database, calendar: calendar, today: CivilDate(now)))
            } catch {
                logger.error("the review queue could not be read: \(error)")
                return .serviceFailed
            }
        case .loadApplication(let number):
            do {
                return try CounterApplicationLoader(database: database, calendar: calendar, policy: policy, kiosk: kiosk)
                    .load(number, now: now).map(CounterEvent.applicationLoaded) ?? .serviceFailed
            } catch {
                logger.error("an application could not be read for review: \(error)")
                return .serviceFailed
            }
        case .checkProofFiles(let hashes):
            return .proofFilesChecked(hashes.map { $0.map { $0.map(check) } })
        case .decide(let decision, let reviewer):
            return decide(decision, reviewer: reviewer, now: now)
        case .locked(let id):
            logger.info("console locked for want of a key", metadata: ["operator": "\(id)"])
            return record(.locked, operator: id, now: now)
        case .signedOut(let id):
            logger.info("operator signed out", metadata: ["operator": "\(id)"])
            return record(.signedOut, operator: id, now: now)
        case .findApplication(let number):
            return find(number)
        case .kiosk(let effect, let clerk):
            var serving = kiosk
            serving.counterClerk = clerk.flatMap { try? OperatorID($0) }
            return serving.perform(effect, now: now).map(CounterEvent.kiosk)
        case .redrawAll, .quit:
            return nil
        }
    }

    /// A lock or a sign-out that cannot be journaled does not stop the console: the lock itself
    /// has happened on screen, and the log says the journal missed it.
    private func record(_ change: ConsoleChange, operator id: String, now: Date) -> CounterEvent? {
        do {
            try database.recordConsole(change, operator: id, now: now)
        } catch {
            logger.error("the console's \(change) could not be journaled: \(error)")
        }
        return nil
    }

    private func authenticate(_ id: String, password: String, now: Date) -> CounterEvent {
        do {
            let person = try database.authenticateOperator(id, password: password, now: now)
            logger.info("operator signed in", metadata: ["operator": "\(person.id)"])
            return .operatorAnswered(.signedIn(CounterOperator(id: person.id, role: person.role)))
        } catch let refusal as OperatorError {
            switch refusal {
            case .wrongPassword(let remaining): return .operatorAnswered(.wrongPassword(remainingTries: remaining))
            case .locked: return .operatorAnswered(.locked)
            case .disabled: return .operatorAnswered(.disabled)
            case .noOperators: return .operatorAnswered(.noOperators)
            default: return .operatorAnswered(.wrongPassword(remainingTries: 0))
            }
        } catch {
            logger.error("an operator could not be checked: \(error)")
            return .serviceFailed
        }
    }

    /// The application with this number and its people (names masked): the sharer, then each
    /// member in order.
    private func find(_ number: ApplicationNumber) -> CounterEvent {
        do {
            guard let stored = try database.application(number: number) else { return .applicationFound(nil) }
            let sharer = stored.application.sharer
            let sharerName = try database.insuredPerson(idNumber: sharer.number).map { PersonName($0.name).masked } ?? "*"
            let members = stored.application.members.map {
                FoundPerson(id: $0.details.id, maskedName: $0.details.name.masked, role: .member)
            }
            logger.info("an application was looked up by its number at the counter")
            return .applicationFound(FoundApplication(
                number: number, people: [FoundPerson(id: sharer, maskedName: sharerName, role: .sharer)] + members))
        } catch {
            logger.error("an application could not be looked up: \(error)")
            return .serviceFailed
        }
    }

    /// Whether the scan with this SHA-256 is in the document folder with exactly that content.
    func check(_ sha256: String) -> ProofFileState {
        guard let (url, _) = documents.file(of: sha256) else { return .missing }
        guard let data = FileManager.default.contents(atPath: url.path) else { return .missing }
        return ContentHash.sha256Hex(data) == sha256 ? .unchanged : .changed
    }

    private func decide(_ decision: ReviewDecision, reviewer: String, now: Date) -> CounterEvent {
        do {
            let operatorID = try OperatorID(reviewer)
            switch try ReviewDecisions.record(
                decision, reviewer: operatorID, database: database, policy: policy, calendar: calendar, now: now) {
            case .approved(let relationship):
                return .decided(.approved(relationshipStage: relationship.relationship.state.stage, start: relationship.relationship.start))
            case .rejected(let code):
                return .decided(.rejected(code))
            case .flagResolved:
                return .decided(.flagResolved)
            }
        } catch let refusal as ReviewError {
            switch refusal {
            case .notUnderReview(_, let stage): return .decided(.notUnderReview(stage))
            case .notApproved: return .decided(.cannotBegin)
            case .ownIntake: return .decided(.ownIntake)
            case .notFlagged: return .decided(.notFlagged)
            default:
                logger.error("a decision could not be recorded: \(refusal)")
                return .serviceFailed
            }
        } catch {
            logger.error("a decision could not be recorded: \(error)")
            return .serviceFailed
        }
    }
}
