import FamilyAid
import Foundation
import GRDB

extension KioskDatabase {
    /// Begins the relationship of an approved member (DOMAIN.md: "approved → relationship
    /// scheduled/active"), between the registry's sharer and member as they are now, with the
    /// payment mode asked for in the application. Under quotas (N26) the quota asked for (or
    /// `quota`, when the reviewer sets another) is set aside from the sharer's account in the
    /// same transaction, and the ledger records it. A second relationship in force between the same two people is
    /// refused by the store; a refusal of the domain (`LifecycleError`, `QuotaError`) changes nothing.
    @discardableResult
    public func beginRelationship(
        application number: ApplicationNumber, member index: Int, quota override: Money? = nil,
        profile: PolicyProfile, calendar: WorkingDayCalendar, now: Date
    ) throws -> StoredRelationship {
        try write { db in
            try Self.beginRelationship(
                db, application: number, member: index, quota: override, profile: profile, calendar: calendar, now: now, reviewer: nil)
        }
    }

    /// `beginRelationship` inside a transaction someone else opened; `reviewer` is the operator
    /// whose approval begins it, for the journal.
    static func beginRelationship(
        _ db: Database, application number: ApplicationNumber, member index: Int, quota override: Money?,
        profile: PolicyProfile, calendar: WorkingDayCalendar, now: Date, reviewer: OperatorID?
    ) throws -> StoredRelationship {
        let installation = try InstallationRecord.fetchRequired(db)
        let application = try ApplicationRecord.fetchRequired(db, number: number).application
        guard application.members.indices.contains(index) else { throw LifecycleError.noMemberAt(index) }
        let sharer = try RegistryAccounts.person(db, application.sharer, role: "sharer")
        let member = try RegistryAccounts.person(db, application.members[index].details.id, role: "member")
        let mode = try ApplicationMemberRecord.fetchRequired(db, number: number, position: index).paymentMode
        let quota = override ?? mode.quota
        let relationship = try application.relationship(
            forMemberAt: index, sharer: sharer, member: member, quota: quota, profile: profile, calendar: calendar)
        var assignments: [QuotaAssignment] = []
        if let quota {
            let assignment = try SharingQuota.assign(
                quota, from: PersonalAccount(sharer), to: member.id, on: relationship.approvedOn, profile: profile)
            try RegistryAccounts.save(db, assignment.accountAfter)
            try LedgerRows.append(db, assignment.ledger, beneficiary: member.id, now: now)
            assignments.append(assignment)
        }
        var record = try RelationshipRecord(
            relationship, application: number, memberIndex: index, mode: mode, assignments: assignments)
        try record.insert(db)
        try Journal.append(
            db, origin: installation.originID, kind: .relationshipBegun,
            payload: RelationshipBegun(
                relationship: record.id ?? 0, number: number.text, member: index,
                sharer: installation.subject(sharer.id), memberSubject: installation.subject(member.id),
                state: relationship.state.stage.rawValue, quotaFen: quota?.fen, reviewer: reviewer?.text),
            at: now)
        return try record.stored
    }

    /// Sets the sharer's place among the member's sharers (支付顺位, 1 pays first), where the
    /// profile lets the member or sharers choose the order.
    public func setPaymentRank(_ rank: Int, ofRelationship id: Int64, now: Date) throws {
        try write { db in
            let installation = try InstallationRecord.fetchRequired(db)
            var record = try RelationshipRecord.fetchRequired(db, id: id)
            record.paymentRank = rank
            try record.update(db)
            try Journal.append(
                db, origin: installation.originID, kind: .paymentRankSet,
                payload: PaymentRankSet(relationship: id, rank: rank), at: now)
        }
    }

    /// The relationships in which this person is the sharer, the newest first.
    public func relationships(asSharer sharer: ResidentID) throws -> [StoredRelationship] {
        try read { db in
            try RelationshipRecord.filter(sql: "sharer_id = ?", arguments: [sharer.number])
                .order(sql: "id DESC").fetchAll(db).map { try $0.stored }
        }
    }

    /// The relationships in which this person is the member, the newest first.
    public func relationships(asMember member: ResidentID) throws -> [StoredRelationship] {
        try read { db in
            try RelationshipRecord.filter(sql: "member_id = ?", arguments: [member.number])
                .order(sql: "id DESC").fetchAll(db).map { try $0.stored }
        }
    }

    /// Ends a relationship: the sharer unbinds (`.unbindBySharer`), the member leaves
    /// (`.memberLeaves`), or it dissolves (`.dissolve`). The unused quota goes back to the
    /// sharer's account, by the parts it came from, in the same transaction. Any other event is
    /// refused with `notAnEnding`; a step the lifecycle refuses throws its `LifecycleError`.
    /// `servedBy` is the counter clerk who carries the ending out for the resident: journaled, in
    /// the same transaction, as having done so.
    @discardableResult
    public func endRelationship(
        _ id: Int64, by event: RelationshipEvent, on date: CivilDate, servedBy clerk: OperatorID? = nil, now: Date
    ) throws -> RelationshipTransition {
        switch event {
        case .unbindBySharer, .memberLeaves, .dissolve: break
        default: throw KioskStoreError.notAnEnding(event: event.kind.rawValue)
        }
        return try write { db in
            let transition = try Self.endRelationship(db, id, by: event, on: date, now: now)
            if let clerk {
                try Journal.append(
                    db, origin: try InstallationRecord.fetchRequired(db).originID, kind: .servedAtCounter,
                    payload: ServedAtCounter(operator: clerk.text, action: event.kind.rawValue, relationship: id), at: now)
            }
            return transition
        }
    }

    /// `endRelationship` inside a transaction someone else opened, for an ending already checked
    /// to be one.
    static func endRelationship(_ db: Database, _ id: Int64, by event: RelationshipEvent, on date: CivilDate, now: Date) throws -> RelationshipTransition {
        let installation = try InstallationRecord.fetchRequired(db)
        var record = try RelationshipRecord.fetchRequired(db, id: id)
        var relationship = try record.relationship
        let transition = try relationship.apply(event, on: date)
        try Self.returnQuota(db, of: transition, record: record, now: now)
        try record.set(relationship)
        try record.update(db)
        try Journal.append(
            db, origin: installation.originID, kind: .relationshipChanged,
            payload: [RelationshipChanged(id: id, transition: transition)], at: now)
        return transition
    }

    /// Brings every relationship in force up to `date`: scheduled ones whose first day has come
    /// become active, active ones whose last day has passed end (their unused quota returned).
    /// One transaction and one journal event for the whole sweep; nothing is written when
    /// nothing changes. Returns the steps taken, by relationship ID.
    @discardableResult
    public func advanceRelationships(to date: CivilDate, now: Date) throws -> [(id: Int64, transition: RelationshipTransition)] {
        try write { db in
            let installation = try InstallationRecord.fetchRequired(db)
            var steps: [(id: Int64, transition: RelationshipTransition)] = []
            for var record in try RelationshipRecord.filter(sql: "state <> 'ended'").order(sql: "id").fetchAll(db) {
                var relationship = try record.relationship
                let transitions = try relationship.advance(to: date)
                guard !transitions.isEmpty, let id = record.id else { continue }
                for transition in transitions {
                    try Self.returnQuota(db, of: transition, record: record, now: now)
                    steps.append((id, transition))
                }
                try record.set(relationship)
                try record.update(db)
            }
            if !steps.isEmpty {
                try Journal.append(
                    db, origin: installation.originID, kind: .relationshipChanged,
                    payload: steps.map { RelationshipChanged(id: $0.id, transition: $0.transition) }, at: now)
            }
            return steps
        }
    }

    /// Dissolves every relationship in force whose sides' registry facts call for it (a side's
    /// insurance ended or moved to another pooling region; `SharingRelationship.dissolutionCauses`),
    /// on `date`, with the unused quota returned. One transaction, one journal event when
    /// anything dissolved. Suspension and freezing do not dissolve.
    @discardableResult
    public func dissolveRelationshipsWhereNeeded(on date: CivilDate, now: Date) throws -> [(id: Int64, transition: RelationshipTransition)] {
        try write { db in
            let installation = try InstallationRecord.fetchRequired(db)
            var steps: [(id: Int64, transition: RelationshipTransition)] = []
            for var record in try RelationshipRecord.filter(sql: "state <> 'ended'").order(sql: "id").fetchAll(db) {
                var relationship = try record.relationship
                let sharer = try RegistryAccounts.person(db, relationship.sharer.id, role: "sharer")
                let member = try RegistryAccounts.person(db, relationship.member.id, role: "member")
                guard let transition = try relationship.dissolveIfNeeded(sharer: sharer, member: member, on: date),
                      let id = record.id else { continue }
                try Self.returnQuota(db, of: transition, record: record, now: now)
                try record.set(relationship)
                try record.update(db)
                steps.append((id, transition))
            }
            if !steps.isEmpty {
                try Journal.append(
                    db, origin: installation.originID, kind: .relationshipsDissolved,
                    payload: steps.map { RelationshipChanged(id: $0.id, transition: $0.transition) }, at: now)
            }
            return steps
        }
    }

    /// Books back the unused quota a step gives back, if any.
    private static func returnQuota(_ db: Database, of transition: RelationshipTransition, record: RelationshipRecord, now: Date) throws {
        guard let unused = transition.quotaReturned else { return }
        let assignments = try record.assignments
        guard !assignments.isEmpty else { return }
        let sharer = assignments[0].sharer
        let account = try RegistryAccounts.account(db, sharer, role: "sharer")
        let back = try SharingQuota.returnUnused(unused, of: assignments, to: account, on: transition.on)
        try RegistryAccounts.save(db, back.accountAfter)
        try LedgerRows.append(db, back.ledger, beneficiary: back.member, now: now)
    }
}

private struct PaymentRankSet: Encodable {
    var relationship: Int64
    var rank: Int
}

private struct RelationshipBegun: Encodable {
    var relationship: Int64
    var number: String
    var member: Int
    var sharer: String
    var memberSubject: String
    var state: String
    var quotaFen: Int64?
    /// The operator whose approval began it; absent when begun otherwise.
    var reviewer: String?
}

private struct RelationshipChanged: Encodable {
    var relationship: Int64
    var event: String
    var state: String
    var on: String
    var quotaReturnedFen: Int64?

    init(id: Int64, transition: RelationshipTransition) {
        relationship = id
        event = transition.event.kind.rawValue
        state = transition.to.stage.rawValue
        on = transition.on.description
        quotaReturnedFen = transition.quotaReturned?.fen
    }
}

/// What a counter clerk did for a resident that the event itself does not name them in.
private struct ServedAtCounter: Encodable {
    var `operator`: String
    var action: String
    var relationship: Int64
}
