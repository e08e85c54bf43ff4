/// The kinds of event this version writes, one per domain command and outcome.
public enum JournalEventKind: String, Sendable, CaseIterable {
    /// The store was set up for its installation. Payload: `isDemo`.
    case installationCreated = "installation.created"
    /// One person was added to the registry. Payload: `subject`, `insuranceKind`,
    /// `insuranceStatus`, `regionCode`, `hasPin`.
    case personAdded = "registry.person_added"
    /// The registry was filled in bulk. Payload: `count`, `withPin`.
    case registrySeeded = "registry.seeded"
    /// A sign-in succeeded. Payload: `subject`.
    case signInSucceeded = "signin.succeeded"
    /// A wrong PIN, or an ID number the registry does not know. Payload: `subject`,
    /// `remainingTries`.
    case signInFailed = "signin.failed"
    /// The wrong try that locked the subject. Payload: `subject`, `lockedUntil`.
    case signInLocked = "signin.locked"
    /// A try while locked, refused without looking at the PIN. Payload: `subject`, `lockedUntil`.
    case signInRefusedWhileLocked = "signin.refused_while_locked"
}
