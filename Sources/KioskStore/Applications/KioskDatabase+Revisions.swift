import FamilyAid
import Foundation
import GRDB

extension KioskDatabase {
    /// Replaces the details of a member (in a draft, or after a rejection, before resubmitting)
    /// and their proofs: `proofsAdded` are appended, every proof of a kind in `proofsRemoved` is
    /// withdrawn. The domain records what changed; an edit that changes nothing is refused
    /// (`LifecycleError.emptyEdit`).
    @discardableResult
    public func reviseMember(
        _ index: Int, of number: ApplicationNumber, to details: MemberDetails,
        proofsAdded: [ProofReference] = [], proofsRemoved: [ProofKind] = [],
        at instant: Date, profile: PolicyProfile, calendar: WorkingDayCalendar
    ) throws -> MemberTransition {
        try write { db in
            let installation = try InstallationRecord.fetchRequired(db)
            var record = try ApplicationRecord.fetchRequired(db, number: number)
            var application = try record.application
            let transition = try application.revise(
                memberAt: index, to: details, proofsAdded: proofsAdded.map(\.kind), proofsRemoved: proofsRemoved,
                at: instant, profile: profile, calendar: calendar)
            try record.save(db, application, now: instant)
            for kind in proofsRemoved {
                try db.execute(sql: """
                    DELETE FROM proof_reference WHERE application_number = ? AND position = ? AND kind = ?
                    """, arguments: [number.text, index, kind.rawValue])
            }
            var ordinal = try Int.fetchOne(db, sql: """
                SELECT coalesce(max(ordinal) + 1, 0) FROM proof_reference WHERE application_number = ? AND position = ?
                """, arguments: [number.text, index]) ?? 0
            for proof in proofsAdded {
                try ProofReferenceRecord(
                    applicationNumber: number.text, position: index, ordinal: ordinal, kind: proof.kind.rawValue,
                    documentNumber: proof.documentNumber, contentSHA256: proof.contentSHA256
                ).insert(db)
                ordinal += 1
            }
            try Journal.append(
                db, origin: installation.originID, kind: .memberEventRecorded,
                payload: MemberRevised(
                    number: number.text, member: index, event: MemberEventKind.edit.rawValue,
                    stage: transition.to.stage.rawValue, status: application.status.rawValue,
                    changes: transition.event.changeKinds),
                at: instant)
            return transition
        }
    }

    /// Expires every invitation whose last day has passed by `instant` (`CONFIRMATION_TIMEOUT`),
    /// in the applications judged by one of `profiles` (those judged by another profile wait for
    /// a program that has it). One transaction, one journal event when anything expired. Returns
    /// the members expired.
    @discardableResult
    public func expireOverdueInvitations(
        at instant: Date, profiles: [PolicyProfile], calendar: WorkingDayCalendar
    ) throws -> [(number: ApplicationNumber, member: Int)] {
        try write { db in
            let installation = try InstallationRecord.fetchRequired(db)
            var expired: [(number: ApplicationNumber, member: Int)] = []
            let records = try ApplicationRecord.filter(sql: """
                number IN (SELECT application_number FROM application_member WHERE stage = 'awaitingConfirmation')
                """).order(sql: "number").fetchAll(db)
            for var record in records {
                var application = try record.application
                guard let profile = profiles.first(where: { SharingApplication.ProfileReference($0) == application.judgedBy }) else { continue }
                let members = try application.expireOverdueInvitations(at: instant, profile: profile, calendar: calendar)
                guard !members.isEmpty else { continue }
                try record.save(db, application, now: instant)
                let number = try ApplicationNumber.parse(record.number)
                expired += members.map { (number, $0) }
            }
            if !expired.isEmpty {
                try Journal.append(
                    db, origin: installation.originID, kind: .invitationsExpired,
                    payload: expired.map { InvitationExpired(number: $0.number.text, member: $0.member) }, at: instant)
            }
            return expired
        }
    }
}

extension MemberEvent {
    /// The kinds of change an edit made (never the values, which name people).
    fileprivate var changeKinds: [String] {
        guard case .edit(let changes) = self else { return [] }
        return changes.map { change in
            switch change {
            case .name: "name"
            case .residentID: "residentID"
            case .relation: "relation"
            case .period: "period"
            case .guardian: "guardian"
            case .proofAdded(let kind): "proofAdded:\(kind.rawValue)"
            case .proofRemoved(let kind): "proofRemoved:\(kind.rawValue)"
            }
        }
    }
}

private struct MemberRevised: Encodable {
    var number: String
    var member: Int
    var event: String
    var stage: String
    var status: String
    var changes: [String]
}

private struct InvitationExpired: Encodable {
    var number: String
    var member: Int
}
