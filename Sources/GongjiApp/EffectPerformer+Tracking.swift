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
            return .serviceFailed
        }
    }

    /// Withdraws (before a decision) or resubmits (after a rejection) one member. A member that
    /// moved on meanwhile is answered in words, not as a failure.
    func act(_ action: MemberAction, on member: Int, of number: ApplicationNumber, now: Date) -> Event {
        do {
            guard let stored = try database.application(number: number) else { return .memberActed(.notPossibleNow) }
            let profile = try profile(judging: stored.application)
            try database.recordMemberEvent(
                action == .cancel ? .cancel : .resubmit, member: member, application: number, at: now,
                profile: profile, calendar: calendar)
            logger.info("member action recorded", metadata: ["action": "\(action.rawValue)"])
            return .memberActed(.done(action))
        } catch LifecycleError.memberEventNotAllowed {
            return .memberActed(.notPossibleNow)
        } catch {
            logger.error("a member action could not be recorded: \(error)")
            return .serviceFailed
        }
    }
}
