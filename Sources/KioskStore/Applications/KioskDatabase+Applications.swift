import FamilyAid
import Foundation
import GRDB

extension KioskDatabase {
    /// Saves a submitted application with its proofs and payment modes (keyed by member index;
    /// a member without a mode gets the default: no quota, rank 1, every use) and the
    /// commitment-letter signature, under the next number of this installation's origin. The
    /// number is issued in the same write transaction, so two programs on one store never issue
    /// the same one, and two installations never do since each issues under its own origin.
    ///
    /// `takenInBy` is the operator who took the application in at a counter: none of their
    /// members may then be decided by them. `paperForm` is the number of the paper application
    /// form it was taken in from; one form is taken in once (`paperFormTakenIn` otherwise).
    public func submitApplication(
        _ application: SharingApplication, proofs: [Int: [ProofReference]], paymentModes: [Int: PaymentMode] = [:],
        signature: CommitmentSignature?, takenInBy intake: OperatorID? = nil, paperForm: String? = nil, now: Date
    ) throws -> ApplicationNumber {
        guard application.status != .draft else { throw KioskStoreError.applicationNotSubmitted }
        if let missing = (Array(proofs.keys) + Array(paymentModes.keys)).sorted().first(where: { !application.members.indices.contains($0) }) {
            throw KioskStoreError.noSuchMember(index: missing)
        }
        return try write { db in
            let installation = try InstallationRecord.fetchRequired(db)
            let number = try Self.issueNumber(db, origin: installation.originID)
            try ApplicationRecord(number: number, application: application, createdAt: now).insert(db)
            try Self.setIntake(intake?.text, of: number.text, db: db)
            try Self.setPaperForm(paperForm, of: number.text, db: db)
            for (position, member) in application.members.enumerated() {
                try ApplicationMemberRecord(
                    number: number, position: position, member: member, mode: paymentModes[position] ?? PaymentMode()
                ).insert(db)
                for (ordinal, proof) in (proofs[position] ?? []).enumerated() {
                    try ProofReferenceRecord(number: number.text, position: position, ordinal: ordinal, proof: proof).insert(db)
                }
            }
            if let signature {
                try CommitmentSignatureRecord(number: number, signature: signature).insert(db)
            }
            // Members checked before the application was stored are invited now, with it.
            for (position, member) in application.members.enumerated() {
                guard case .awaitingConfirmation(let pending) = member.lifecycle.state else { continue }
                try Outbox.recordInvitations(
                    db, pending, memberAt: position, of: application, number: number, origin: installation.originID, at: now)
            }
            try Journal.append(
                db, origin: installation.originID, kind: .applicationSubmitted,
                payload: ApplicationSubmitted(
                    number: number, application: application, sharer: installation.subject(application.sharer),
                    proofs: proofs.values.map(\.count).reduce(0, +), signed: signature != nil, takenInBy: intake?.text),
                at: now)
            return number
        }
    }

    /// The application with this number, or nil.
    public func application(number: ApplicationNumber) throws -> StoredApplication? {
        try read { db in
            try ApplicationRecord.fetchOne(db, key: number.text).map { try Self.stored(db, $0) }
        }
    }

    /// The applications this person made as sharer, the newest first.
    public func applications(asSharer sharer: ResidentID) throws -> [StoredApplication] {
        try read { db in
            try ApplicationRecord
                .filter(sql: "sharer_id = ?", arguments: [sharer.number])
                .order(sql: "created_at DESC, number DESC")
                .fetchAll(db)
                .map { try Self.stored(db, $0) }
        }
    }

    /// The applications that name this person as a member, the newest first.
    public func applications(withMember member: ResidentID) throws -> [StoredApplication] {
        try read { db in
            try ApplicationRecord
                .filter(sql: """
                    number IN (SELECT application_number FROM application_member WHERE member_id = ?)
                    """, arguments: [member.number])
                .order(sql: "created_at DESC, number DESC")
                .fetchAll(db)
                .map { try Self.stored(db, $0) }
        }
    }

    /// The applications with at least one member at `stage`, the oldest first: a reviewer's queue
    /// (`.underReview`), or the checker's (`.systemCheck`).
    public func applications(withMembersAt stage: MemberStage) throws -> [StoredApplication] {
        try read { db in
            try ApplicationRecord
                .filter(sql: """
                    number IN (SELECT application_number FROM application_member WHERE stage = ?)
                    """, arguments: [stage.rawValue])
                .order(sql: "created_at, number")
                .fetchAll(db)
                .map { try Self.stored(db, $0) }
        }
    }

    /// The members waiting for this person's confirmation, oldest first: as the member
    /// themselves (`.member`, or `.sharersSpouse` in the spouse flow), as the parent or guardian
    /// named for a member under 16 (`.guardian`), and as the sharer where both sides consent
    /// (`.sharer`).
    public func invitations(awaiting person: ResidentID) throws -> [Invitation] {
        try read { db in
            let rows = try ApplicationMemberRecord.filter(sql: """
                stage = 'awaitingConfirmation' AND (member_id = ? OR guardian_id = ?
                    OR application_number IN (SELECT number FROM application WHERE sharer_id = ?))
                """, arguments: [person.number, person.number, person.number])
                .fetchAll(db)
            return try rows.flatMap { row -> [Invitation] in
                let number = try ApplicationNumber.parse(row.applicationNumber)
                let application = try ApplicationRecord.fetchRequired(db, number: number).application
                guard application.members.indices.contains(row.position) else { return [] }
                let member = application.members[row.position]
                guard case .awaitingConfirmation(let pending) = member.lifecycle.state else { return [] }
                var parties: [ConfirmingParty] = []
                if member.details.id == person { parties += [.member, .sharersSpouse].filter(pending.awaiting.contains) }
                if member.details.guardian == person, pending.awaiting.contains(.guardian) { parties.append(.guardian) }
                if application.sharer == person, pending.awaiting.contains(.sharer) { parties.append(.sharer) }
                return parties.map { party in
                    Invitation(
                        number: number, memberIndex: row.position, sharer: application.sharer, member: member.details,
                        pending: pending, party: party)
                }
            }
            .sorted { ($0.pending.sentOn, $0.number, $0.memberIndex) < ($1.pending.sentOn, $1.number, $1.memberIndex) }
        }
    }

    /// Applies `event` to one member of an application and saves it; a step the lifecycle refuses
    /// throws the domain's `LifecycleError` and changes nothing. A reviewer's decision goes through
    /// `approveMember` or `rejectMember` instead, which name the reviewer (and, on approval, begin
    /// the relationship in the same transaction).
    ///
    /// `servedBy` is the counter clerk before whom a resident answered in person (their
    /// originals checked instead of the card PIN), journaled with the answer.
    @discardableResult
    public func recordMemberEvent(
        _ event: MemberEvent, member index: Int, application number: ApplicationNumber, at instant: Date,
        profile: PolicyProfile, calendar: WorkingDayCalendar, servedBy clerk: OperatorID? = nil
    ) throws -> MemberTransition {
        try write { db in
            try Self.recordMemberEvent(
                db, event, member: index, application: number, at: instant, profile: profile, calendar: calendar, reviewer: nil,
                servedBy: clerk)
        }
    }

    /// `recordMemberEvent` inside a transaction someone else opened; `reviewer` is the operator
    /// who decided, for the journal. Every member event passes here, so here the outbox receives
    /// the messages an event owes (an invitation, a decision), in the same transaction.
    @discardableResult
    static func recordMemberEvent(
        _ db: Database, _ event: MemberEvent, member index: Int, application number: ApplicationNumber, at instant: Date,
        profile: PolicyProfile, calendar: WorkingDayCalendar, reviewer: OperatorID?, note: ReviewNote? = nil,
        servedBy clerk: OperatorID? = nil
    ) throws -> MemberTransition {
        let installation = try InstallationRecord.fetchRequired(db)
        var record = try ApplicationRecord.fetchRequired(db, number: number)
        var application = try record.application
        let transition = try application.apply(event, toMemberAt: index, at: instant, profile: profile, calendar: calendar)
        try record.save(db, application, now: instant)
        try Outbox.record(db, for: transition, memberAt: index, of: application, number: number, origin: installation.originID)
        if let note {
            try db.execute(sql: "UPDATE application_member SET review_note = ? WHERE application_number = ? AND position = ?",
                           arguments: [note.text, number.text, index])
        }
        try Journal.append(
            db, origin: installation.originID, kind: .memberEventRecorded,
            payload: MemberEventRecorded(
                number: number.text, member: index, event: event.kind.rawValue,
                stage: transition.to.stage.rawValue, status: application.status.rawValue, reviewer: reviewer?.text,
                noted: note == nil ? nil : true, operator: clerk?.text),
            at: instant)
        return transition
    }

    /// What eligibility needs to know about the sharer's members: bound now (or scheduled), still
    /// waiting in an application, or bound once and no longer.
    public func existingMembers(of sharer: ResidentID) throws -> ExistingMembers {
        try read { db in try Self.existingMembers(db, of: sharer) }
    }

    /// `existingMembers(of:)` inside a transaction someone else opened.
    static func existingMembers(_ db: Database, of sharer: ResidentID) throws -> ExistingMembers {
        // This store's own relationships, and those the central office's registry lists for
        // pairs this store has none of (bound at another counter or centrally).
        let relationships = """
            SELECT member_id, state FROM relationship WHERE sharer_id = :sharer
            UNION ALL
            SELECT member_id, state FROM registry_relationship r WHERE sharer_id = :sharer
                AND NOT EXISTS (SELECT 1 FROM relationship l WHERE l.sharer_id = r.sharer_id AND l.member_id = r.member_id)
            """
        let inForce = try String.fetchSet(db, sql: "SELECT member_id FROM (\(relationships)) WHERE state <> 'ended'",
                                          arguments: ["sharer": sharer.number])
        let ended = try String.fetchSet(db, sql: "SELECT member_id FROM (\(relationships)) WHERE state = 'ended'",
                                        arguments: ["sharer": sharer.number])
        let pending = try String.fetchSet(db, sql: """
            SELECT m.member_id FROM application_member m JOIN application a ON a.number = m.application_number
            WHERE a.sharer_id = ? AND m.stage IN ('systemCheck', 'awaitingConfirmation', 'underReview')
            """, arguments: [sharer.number])
        func ids(_ numbers: Set<String>) throws -> Set<ResidentID> { Set(try numbers.map(StoredJSON.residentID)) }
        return ExistingMembers(
            activeOrScheduled: try ids(inForce), pending: try ids(pending), ended: try ids(ended.subtracting(inForce)))
    }

    /// Records who took the application in at a counter (a column of its own, beside the record,
    /// so that files made before it was added read and write as they did).
    static func setIntake(_ intake: String?, of number: String, db: Database) throws {
        guard let intake else { return }
        try db.execute(sql: "UPDATE application SET taken_in_by = ? WHERE number = ?", arguments: [intake, number])
    }

    /// Records the paper application form's number; a number already on file is refused, since
    /// one form filed twice would be one resident's application twice.
    static func setPaperForm(_ form: String?, of number: String, db: Database) throws {
        guard let form else { return }
        if let other = try String.fetchOne(db, sql: "SELECT number FROM application WHERE paper_form_number = ?", arguments: [form]),
           other != number {
            throw KioskStoreError.paperFormTakenIn(form: form, application: other)
        }
        try db.execute(sql: "UPDATE application SET paper_form_number = ? WHERE number = ?", arguments: [form, number])
    }

    /// The paper application form's number, for an application taken in from one.
    static func paperForm(of number: String, db: Database) throws -> String? {
        try String.fetchOne(db, sql: "SELECT paper_form_number FROM application WHERE number = ?", arguments: [number])
    }

    /// The operator who took the application in at a counter, if one did.
    static func intake(of number: String, db: Database) throws -> String? {
        try String.fetchOne(db, sql: "SELECT taken_in_by FROM application WHERE number = ?", arguments: [number])
    }

    /// The next number of `origin`, counted in `application_sequence` (and never below a number
    /// already stored, should applications of this origin have been merged in).
    static func issueNumber(_ db: Database, origin: String) throws -> ApplicationNumber {
        guard (try? ApplicationNumber(origin: origin, sequence: 1)) != nil else {
            throw KioskStoreError.originCannotIssueNumbers(originID: origin)
        }
        let counted = try Int.fetchOne(db, sql: "SELECT last_issued FROM application_sequence WHERE origin = ?", arguments: [origin]) ?? 0
        let stored = try Int.fetchOne(db, sql: "SELECT max(sequence) FROM application WHERE origin = ?", arguments: [origin]) ?? 0
        let next = max(counted, stored) + 1
        guard next <= ApplicationNumber.maximumSequence else {
            throw KioskStoreError.applicationNumbersExhausted(originID: origin)
        }
        try db.execute(sql: """
            INSERT INTO application_sequence (origin, last_issued) VALUES (?, ?)
            ON CONFLICT (origin) DO UPDATE SET last_issued = excluded.last_issued
            """, arguments: [origin, next])
        return try ApplicationNumber(origin: origin, sequence: next)
    }

    private static func stored(_ db: Database, _ record: ApplicationRecord) throws -> StoredApplication {
        let application = try record.application
        var proofs = Array(repeating: [ProofReference](), count: application.members.count)
        let rows = try ProofReferenceRecord
            .filter(sql: "application_number = ?", arguments: [record.number])
            .order(sql: "position, ordinal")
            .fetchAll(db)
        for row in rows where proofs.indices.contains(row.position) {
            if let proof = row.proof { proofs[row.position].append(proof) }
        }
        var modes = Array(repeating: PaymentMode(), count: application.members.count)
        let members = try ApplicationMemberRecord.filter(sql: "application_number = ?", arguments: [record.number]).fetchAll(db)
        for member in members where modes.indices.contains(member.position) {
            modes[member.position] = try member.paymentMode
        }
        return StoredApplication(
            number: try ApplicationNumber.parse(record.number), application: application, proofs: proofs,
            paymentModes: modes, signature: try CommitmentSignatureRecord.fetchOne(db, key: record.number)?.signature,
            createdAt: record.createdAt, updatedAt: record.updatedAt)
    }
}

extension InstallationRecord {
    /// The pseudonym of a person in this installation's journal.
    func subject(_ id: ResidentID) -> String {
        SubjectKey(idNumber: id.number, secret: subjectSecret).hex
    }
}

/// What the journal says about a new application: its number, channel and profile, how many
/// members at which stages; the sharer only as a subject, the members not at all.
private struct ApplicationSubmitted: Encodable {
    var number: String
    var sharer: String
    var channel: String
    var profileID: String
    var profileVersion: Int
    var stages: [String]
    var proofs: Int
    var signed: Bool
    /// The counter clerk who took it in, under the key the audit finds operators by; absent for a
    /// kiosk's application.
    var `operator`: String?

    init(number: ApplicationNumber, application: SharingApplication, sharer: String, proofs: Int, signed: Bool, takenInBy: String?) {
        self.number = number.text
        self.sharer = sharer
        channel = application.channel.rawValue
        profileID = application.judgedBy.id
        profileVersion = application.judgedBy.version
        stages = application.members.map(\.lifecycle.state.stage.rawValue)
        self.proofs = proofs
        self.signed = signed
        self.operator = takenInBy
    }
}

private struct MemberEventRecorded: Encodable {
    var number: String
    var member: Int
    var event: String
    var stage: String
    var status: String
    /// The operator who decided, for a reviewer's approval or rejection; absent otherwise.
    var reviewer: String?
    /// True when the reviewer wrote a note with the decision; absent otherwise. The note itself
    /// never enters the journal (see `ReviewNote`).
    var noted: Bool?
    /// The counter clerk before whom the resident answered in person; absent at a kiosk.
    var `operator`: String?
}

/// How an application was taken in at a counter: by whom, from which paper form.
public struct CounterIntake: Hashable, Sendable {
    public var takenInBy: String?
    public var paperForm: String?

    public init(takenInBy: String?, paperForm: String?) {
        self.takenInBy = takenInBy
        self.paperForm = paperForm
    }
}

extension KioskDatabase {
    /// The counter intake of the application with this number; nil for one made at a kiosk.
    public func counterIntake(of number: ApplicationNumber) throws -> CounterIntake? {
        try read { db in
            let intake = CounterIntake(
                takenInBy: try Self.intake(of: number.text, db: db), paperForm: try Self.paperForm(of: number.text, db: db))
            return intake.takenInBy == nil && intake.paperForm == nil ? nil : intake
        }
    }
}
