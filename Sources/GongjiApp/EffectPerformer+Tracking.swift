import FamilyAid
import Foundation
import KioskStore
import KioskUI

/// The effects of tracking one's applications: reading them, withdrawing or resubmitting a member.
extension EffectPerformer {
    /// The person's applications, as sharer first and then as member, each newest first, with the
    /// relationships their approved members began.
    func applications(of person: ResidentID, now: Date) -> Event {
        do {
            var seen = Set<ApplicationNumber>()
            let stored = (try database.applications(asSharer: person) + database.applications(withMember: person))
                .filter { seen.insert($0.number).inserted }
            var relationships: [ApplicationNumber: [Int: RelationshipStage]] = [:]
            for relationship in try database.relationships(asSharer: person) + database.relationships(asMember: person) {
                guard let number = relationship.application, let index = relationship.memberIndex else { continue }
                relationships[number, default: [:]][index] = relationship.relationship.state.stage
            }
            var names: [ResidentID: PersonName] = [:]
            let items = try stored.map { application in
                let sharer = application.application.sharer
                if names[sharer] == nil { names[sharer] = try registryName(sharer) }
                return FollowedApplication(
                    number: application.number, application: application.application, sharerName: names[sharer]!,
                    submittedAt: application.createdAt, relationships: relationships[application.number] ?? [:])
            }
            logger.info("applications read", metadata: ["count": "\(items.count)"])
            return .applicationsLoaded(items)
        } catch {
            logger.error("applications could not be read from the store: \(error)")
            return failed(error)
        }
    }

    /// Withdraws (before a decision) or resubmits (after a rejection) one member. A member that
    /// moved on meanwhile is answered in words, not as a failure.
    func act(_ action: MemberAction, on member: Int, of number: ApplicationNumber, now: Date) -> Event {
        do {
            guard let stored = try database.application(number: number) else { return .memberActed(.notPossibleNow) }
            let profile = try profile(judging: stored.application)
            // A correction comes with its details (`correctMember`), never as a bare action.
            guard action != .revise else { return .memberActed(.notPossibleNow) }
            try database.recordMemberEvent(
                action == .cancel ? .cancel : .resubmit, member: member, application: number, at: now,
                profile: profile, calendar: calendar)
            if action == .resubmit {
                try runSystemCheck(member: member, of: stored.application, number: number, profile: profile, now: now)
            }
            logger.info("member action recorded", metadata: ["action": "\(action.rawValue)"])
            return .memberActed(.done(action))
        } catch LifecycleError.memberEventNotAllowed {
            return .memberActed(.notPossibleNow)
        } catch {
            logger.error("a member action could not be recorded: \(error)")
            return failed(error)
        }
    }

    /// A rejected member as the resident corrected them, judged before anything is sent.
    func judgeRevision(_ details: MemberDetails, member: Int, of number: ApplicationNumber, now: Date) -> Event {
        do {
            guard let stored = try database.application(number: number) else { return .memberActed(.notPossibleNow) }
            let profile = try profile(judging: stored.application)
            guard let verdict = try verdict(on: details, of: stored.application, profile: profile, now: now) else {
                logger.error("a correction could not be judged: the sharer is not in the registry")
                return .serviceFailed
            }
            return .revisionJudged(verdict)
        } catch {
            logger.error("a correction could not be judged: \(error)")
            return failed(error)
        }
    }

    /// Records a correction (the relation as now stated, the proofs that replace the earlier
    /// ones) and sends the member again through the system check. A correction that changes
    /// nothing is not sent; a member that moved on meanwhile is answered in words.
    func correct(_ correction: MemberCorrection, now: Date) -> Event {
        guard scansArePresent(correction.proofs) else {
            logger.error("a correction refers to a scan the document folder does not hold")
            return .serviceFailed
        }
        do {
            let number = correction.number
            guard let stored = try database.application(number: number),
                  stored.application.members.indices.contains(correction.member) else { return .memberActed(.notPossibleNow) }
            let profile = try profile(judging: stored.application)
            let earlier = Set(stored.proofs.indices.contains(correction.member) ? stored.proofs[correction.member].map(\.kind) : [])
            try database.reviseMember(
                correction.member, of: number, to: correction.details,
                proofsAdded: correction.proofs.map {
                    ProofReference(kind: $0.kind, documentNumber: $0.documentNumber, contentSHA256: $0.scanSHA256)
                },
                proofsRemoved: ProofKind.allCases.filter(earlier.contains), at: now, profile: profile, calendar: calendar)
            try database.recordMemberEvent(.resubmit, member: correction.member, application: number, at: now, profile: profile, calendar: calendar)
            guard let revised = try database.application(number: number) else { return .serviceFailed }
            try runSystemCheck(member: correction.member, of: revised.application, number: number, profile: profile, now: now)
            logger.info("member corrected and sent again")
            return .memberActed(.done(.revise))
        } catch LifecycleError.emptyEdit {
            return .memberActed(.nothingChanged)
        } catch LifecycleError.memberEventNotAllowed {
            return .memberActed(.notPossibleNow)
        } catch {
            logger.error("a correction could not be recorded: \(error)")
            return failed(error)
        }
    }

    /// The engine's verdict on a member of `application` with `details`, on today's registry
    /// facts; nil when the sharer is no longer in the registry. The member's own place in this
    /// application is not counted against them.
    func verdict(
        on details: MemberDetails, of application: SharingApplication, profile: PolicyProfile, now: Date
    ) throws -> MemberVerdict? {
        let today = CivilDate(now)
        guard let sharerRecord = try database.insuredPerson(idNumber: application.sharer.number),
              let sharer = InsuredPerson(record: sharerRecord, today: today) else { return nil }
        let registry = try database.insuredPerson(idNumber: details.id.number).flatMap { InsuredPerson(record: $0, today: today) }
        let sharers = try database.relationships(asMember: details.id)
            .filter { $0.relationship.state.stage != .ended }
            .map(\.relationship.sharer.id)
        var existing = try database.existingMembers(of: application.sharer)
        existing.pending.remove(details.id)
        let proposed = ProposedMember(
            relation: details.relation, typedName: details.name, idNumber: details.id, registry: registry,
            currentSharers: Set(sharers))
        return Eligibility.judge(sharer: sharer, members: [proposed], existing: existing, profile: profile, today: today)[0]
    }

    /// The system check a resubmitted member goes through again, as at submission: the engine's
    /// verdict on today's registry facts, then on to confirmation or review, or refused with
    /// every reason.
    private func runSystemCheck(
        member index: Int, of application: SharingApplication, number: ApplicationNumber, profile: PolicyProfile, now: Date
    ) throws {
        guard let verdict = try verdict(on: application.members[index].details, of: application, profile: profile, now: now) else {
            try database.recordMemberEvent(
                .failSystemCheck([.sharerIneligible]), member: index, application: number, at: now, profile: profile, calendar: calendar)
            return
        }
        guard verdict.isEligible else {
            try database.recordMemberEvent(
                .failSystemCheck(verdict.codes), member: index, application: number, at: now, profile: profile, calendar: calendar)
            return
        }
        let confirming = verdict.requirements.confirmations
        try database.recordMemberEvent(
            .passSystemCheck(confirming: confirming), member: index, application: number, at: now, profile: profile, calendar: calendar)
        // Under "both sides consent" the sharer's part was given by signing the application.
        if confirming.contains(.sharer) {
            try database.recordMemberEvent(
                .confirm(.sharer), member: index, application: number, at: now, profile: profile, calendar: calendar)
        }
    }
}
