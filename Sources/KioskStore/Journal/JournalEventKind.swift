/// The kinds of event this version writes, one per domain command and outcome.
public enum JournalEventKind: String, Sendable, CaseIterable {
    /// The store was set up for its installation. Payload: `isDemo`.
    case installationCreated = "installation.created"
    /// One person was added to the registry. Payload: `subject`, `insuranceKind`,
    /// `insuranceStatus`, `regionCode`, `hasPin`.
    case personAdded = "registry.person_added"
    /// The registry was filled in bulk. Payload: `count`, `withPin`.
    case registrySeeded = "registry.seeded"
    /// One batch of a registry file was written: people added or their registry facts replaced.
    /// Payload: `by` (the operator ID), `inserted`, `updated`, and `refused` (the file's rows
    /// refused since the batch before): counts only, never who.
    case registryImported = "registry.imported"
    /// A sign-in succeeded. Payload: `subject`.
    case signInSucceeded = "signin.succeeded"
    /// A wrong PIN, or an ID number the registry does not know. Payload: `subject`,
    /// `remainingTries`.
    case signInFailed = "signin.failed"
    /// The wrong try that locked the subject. Payload: `subject`, `lockedUntil`.
    case signInLocked = "signin.locked"
    /// A try while locked, refused without looking at the PIN. Payload: `subject`, `lockedUntil`.
    case signInRefusedWhileLocked = "signin.refused_while_locked"
    /// An application was saved under a new number. Payload: `number`, `sharer` (subject),
    /// `channel`, `profileID`, `profileVersion`, `stages`, `proofs`, `signed`.
    case applicationSubmitted = "application.submitted"
    /// One member of an application moved. Payload: `number`, `member` (index), `event`, `stage`,
    /// `status`, for a reviewer's approval or rejection `reviewer` (the operator ID), and for an
    /// answer given in person at a counter `operator` (the clerk).
    case memberEventRecorded = "application.member_event"
    /// A reviewer dealt with a member an imported bundle had flagged. Payload: `number`,
    /// `member` (index), `reasons` (the flag's codes), `reviewer`; the note stays in the store.
    case importFlagResolved = "application.import_flag_resolved"
    /// Invitations left unanswered past their last day were expired. Payload: a list of
    /// `number` and `member` (index).
    case invitationsExpired = "application.invitations_expired"
    /// A relationship began. Payload: `relationship`, `number`, `member`, `sharer` and `memberSubject`
    /// (subjects), `state`, `quotaFen`, and `reviewer` (the operator ID) when an approval began it.
    case relationshipBegun = "relationship.begun"
    /// A relationship changed or ended. Payload: `relationship`, `event`, `state`, `on`,
    /// `quotaReturnedFen`.
    case relationshipChanged = "relationship.changed"
    /// A counter clerk carried out a relationship's ending for the resident at the counter.
    case servedAtCounter = "operator.served_at_counter"
    /// Relationships dissolved because a side's insurance ended or moved. Payload: a list as
    /// for `relationship.changed`.
    case relationshipsDissolved = "relationship.dissolved"
    /// A relationship's place in the member's payment order was set. Payload: `relationship`, `rank`.
    case paymentRankSet = "relationship.payment_rank_set"
    /// A bill was settled. Payload: `bill`, `member` (subject), amounts in fen.
    case billSettled = "money.settled"
    /// A settled bill was refunded, in full or in part. Payload: `bill`, `refund`, `amountFen`.
    case billRefunded = "money.refunded"
    /// A contribution was paid from a sharer's account. Payload: subjects, `kind`, `coverageYear`,
    /// `amountFen`.
    case premiumPaid = "money.premium_paid"
    /// An operator was created (the first supervisor, or by a supervisor). Payload: `operator`,
    /// `by`, `role`: operator IDs, which name posts, not residents.
    case operatorAdded = "operator.added"
    /// An operator typed the right password. Payload: `operator`.
    case operatorSignedIn = "operator.signed_in"
    /// The counter console locked itself for want of a key, with the operator signed in; their
    /// password opens it again (`operator.signed_in`). Payload: `operator`.
    case consoleLocked = "operator.console_locked"
    /// The operator left the counter console (F10, or another operator took it over at the lock).
    /// Payload: `operator`.
    case operatorSignedOut = "operator.signed_out"
    /// A wrong password. Payload: `operator`.
    case operatorRefused = "operator.refused"
    /// The wrong password that locked the operator. Payload: `operator`.
    case operatorLocked = "operator.locked"
    /// A supervisor disabled an operator. Payload: `operator`, `by`.
    case operatorDisabled = "operator.disabled"
    /// A supervisor set a new password, lifting a lock or a disabling. Payload: `operator`, `by`.
    case operatorReset = "operator.reset"
    /// Messages were handed to the SMS gateway. Payload: `count`, `resent` (of them, those handed
    /// over before), `by` (the operator ID). Counts only: never a number or a name.
    case outboxHandedOver = "outbox.handed_over"
    /// The gateway's delivery receipts were taken in. Payload: `delivered`, `failed`, `unchanged`,
    /// `unknown`, `notHandedOver` (counts), `by` (the operator ID).
    case outboxAcknowledged = "outbox.acknowledged"
    /// This installation's signing key was made. Payload: `publicKey` (hex).
    case signingKeyCreated = "installation.signing_key_created"
    /// A supervisor registered another installation's public key. Payload: `origin`, `publicKey`, `by`.
    case originTrusted = "exchange.origin_trusted"
    /// A bundle of this installation's events was written. Payload: `from`, `to`, `chainHead`,
    /// `bundle` (its SHA-256), `applications`, `by`.
    case bundleExported = "exchange.bundle_exported"
    /// Another installation's bundle was applied. Payload: `origin`, `from`, `to`, `bundle`,
    /// `applications`, `conflicts`, `by`.
    case bundleImported = "exchange.bundle_imported"
    /// The central office's registry bundle was taken. Payload: `origin`, `bundle`, `people`,
    /// `relationships`, `applications` (this installation's, moved on), `conflicts`, `by`.
    case registryBundleImported = "exchange.registry_imported"
    /// A batch of fictional demo data was written. Payload: `people`, `applications`, `relationships`.
    case demoSeeded = "demo.seeded"
}
