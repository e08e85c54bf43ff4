import FamilyAid
import KioskFrame

/// Everything that can happen to the counter console: the operator's input, the terminal, the
/// clock, or the answer to an effect it asked for.
public enum CounterEvent: Sendable {
    case key(Key)
    case tap(Position)
    case resize(Size)
    case tick
    /// The store's answer to an operator ID and password (at login, or to unlock).
    case operatorAnswered(OperatorLoginOutcome)
    case queueLoaded(QueuePage)
    case applicationLoaded(ReviewedApplication)
    /// Each scanned proof's file as found in the document folder, by member then proof.
    case proofFilesChecked([[ProofFileState?]])
    case decided(DecisionOutcome)
    /// The store could not do what was asked; the console says so and keeps what was typed.
    case serviceFailed
    /// The application with the number looked up, with its people; nil when there is none.
    case applicationFound(FoundApplication?)
    /// The answer to an effect of the resident's flows, while a resident is served.
    case kiosk(Event)

    /// The console's reading of an input event the terminal loop made for the kiosk.
    public init?(_ event: Event) {
        switch event {
        case .key(let key): self = .key(key)
        case .tap(let position): self = .tap(position)
        case .resize(let size): self = .resize(size)
        case .tick: self = .tick
        default: return nil
        }
    }
}

/// What the console asks the outside world to do; the runtime performs it and feeds any answer
/// back as a `CounterEvent`.
public enum CounterEffect: Hashable, Sendable {
    /// Check an operator's password (a wrong one counts toward their lock, and is journaled);
    /// answered by `operatorAnswered`.
    case authenticate(operatorID: String, password: String)
    /// Read a page of the review queue; answered by `queueLoaded`.
    case loadQueue(QueueRequest)
    /// Read one application with the engine's verdicts judged today; answered by
    /// `applicationLoaded`.
    case loadApplication(ApplicationNumber)
    /// Check each scanned proof's file in the document folder; answered by `proofFilesChecked`.
    case checkProofFiles([[String?]])
    /// Record a reviewer's decision, naming `reviewer`; answered by `decided`.
    case decide(ReviewDecision, reviewer: String)
    /// The console was locked for want of a key, or unlocked: for the log.
    case locked(operatorID: String)
    case signedOut(operatorID: String)
    /// Look up an application by its number, for the people in it; answered by `applicationFound`.
    case findApplication(ApplicationNumber)
    /// An effect of the resident's flows, while a resident is served, done for the clerk named
    /// (who is then recorded with what it changes); answered by `kiosk`.
    case kiosk(Effect, clerk: String?)
    case redrawAll
    case quit
}
