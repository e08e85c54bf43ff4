import FamilyAid
import Foundation
import KioskFrame

/// The timings of one counter console, set by whoever installs it.
public struct CounterSettings: Hashable, Sendable {
    /// Without a key for this long, the console locks and asks for the password again.
    public var lockAfter: TimeInterval
    public var minimumSize: Size
    /// Queue items on one page of the screen.
    public var queuePageSize: Int
    /// The settings of the resident's flows when a clerk serves a resident: the region's policy,
    /// whether a scanner is at the counter.
    public var residentFlows: KioskSettings

    public init(
        lockAfter: TimeInterval = 5 * 60, minimumSize: Size = Size(columns: 80, rows: 24), queuePageSize: Int = 10,
        residentFlows: KioskSettings = KioskSettings()
    ) {
        self.lockAfter = lockAfter
        self.minimumSize = minimumSize
        self.queuePageSize = queuePageSize
        self.residentFlows = residentFlows
    }
}

/// Which console screen is up. The lock is not a screen: it hides whichever is up, which comes
/// back unchanged after unlocking.
public enum CounterScreen: Hashable, Sendable {
    case login
    case home
    /// Serving a resident at the counter with the resident's own flows.
    case assisting
    /// Finding a resident by the number of an application they are in.
    case find
    case queue
    case application
    /// Approve or reject the member chosen.
    case decision
    /// The quota to set aside, shown as asked and changeable.
    case approve
    /// A reason code and a note.
    case reject
    /// What was done about an import's flag, in the reviewer's words.
    case resolveFlag
    /// "Approve / reject this member?", asked once.
    case confirm
    case result
}

/// The operator ID and password fields of the login (and lock) screen, and what the last try said.
public struct LoginForm: Hashable, Sendable {
    public var operatorID = TextField(capacity: 32)
    public var password = TextField(capacity: 128)
    public var notice: LoginNotice?
    /// 0: the operator ID field; 1: the password field.
    public var focus = 0
    /// The store is checking the password.
    public var isWaiting = false

    public init() {}
}

public enum LoginNotice: Hashable, Sendable {
    case missingID
    case missingPassword
    case wrongPassword(remainingTries: Int)
    case locked
    case disabled
    case noOperators
    case serviceUnavailable
}

/// The review queue as browsed: the filter, the search typed, the page shown and how it was reached.
public struct QueueView: Hashable, Sendable {
    public var filter: QueueFilter = .all
    public var search = TextField(capacity: 40)
    /// Nil while the page is loading.
    public var page: QueuePage?
    /// The starts of the pages before this one, so PgUp goes back the way PgDn came.
    public var earlierPages: [QueueKey?] = []
    public var pageStart: QueueKey?
    public var selected = 0
    /// The focus is in the search field (else on the list).
    public var isSearching = false

    public init() {}
}

/// A decision being prepared for one member.
public struct DecisionDraft: Hashable, Sendable {
    public var memberIndex: Int
    public var approve = true
    /// Closing the member's import flag rather than deciding on the member.
    public var isResolvingFlag = false
    public var quota = TextField(capacity: 12)
    public var reason = 0
    public var note = TextField(capacity: 200)
    /// In the reject screen: the focus is on the note (else on the reasons).
    public var isOnNote = false
    public var notice: DecisionNotice?

    public init(memberIndex: Int) {
        self.memberIndex = memberIndex
    }
}

public enum DecisionNotice: Hashable, Sendable {
    case badQuota
    case noteMissing
}

/// Whatever the signed-in operator has on hand: discarded when another operator signs in.
public struct CounterWork: Sendable {
    public var queue = QueueView()
    public var application: ReviewedApplication?
    /// `proofFiles[member][proof]`, once the document folder was checked.
    public var proofFiles: [[ProofFileState?]]?
    public var detailScroll = 0
    public var decision: DecisionDraft?
    public var outcome: DecisionOutcome?
    /// Set while the store records the decision.
    public var isDeciding = false
    public var serviceFailed = false
    /// The resident being served, in the resident's flows run by the clerk; nil when none is.
    public var resident: AppState?
    public var find = FindView()

    public init() {}
}

/// The whole state of the counter console. `Counter.update` changes it, `Counter.view` draws it.
public struct CounterState: Sendable {
    public let settings: CounterSettings
    public let catalog: Catalog
    public var isDemoStore: Bool
    public var size: Size
    public var now: Date
    public var language: Language = .chinese
    public var screen: CounterScreen = .login
    public var focus = 0
    public var lastInputAt: Date
    public var helpOpen = false
    public var login = LoginForm()
    public var signedIn: CounterOperator?
    /// Non-nil while the console is locked: the form that unlocks it.
    public var lock: LoginForm?
    public var work = CounterWork()

    public init(settings: CounterSettings = CounterSettings(), catalog: Catalog, isDemoStore: Bool, size: Size, now: Date) {
        self.settings = settings
        self.catalog = catalog
        self.isDemoStore = isDemoStore
        self.size = size
        self.now = now
        lastInputAt = now
    }

    public var text: Localizer { Localizer(catalog, language) }
    public var today: CivilDate { CivilDate(now) }
    public var isLocked: Bool { lock != nil }

    public var isTooSmall: Bool {
        size.columns < settings.minimumSize.columns || size.rows < settings.minimumSize.rows
    }

    /// The member a decision is being prepared for.
    var decisionMember: ReviewedMember? {
        guard let decision = work.decision, let application = work.application,
              application.members.indices.contains(decision.memberIndex) else { return nil }
        return application.members[decision.memberIndex]
    }
}

/// An application number being looked up, and what the store found.
public struct FindView: Hashable, Sendable {
    public var number = TextField(capacity: 20)
    public var isLooking = false
    public var found: FoundApplication?
    public var notice: FindNotice?

    public init() {}
}

public enum FindNotice: Hashable, Sendable {
    case notANumber
    case notFound
}
