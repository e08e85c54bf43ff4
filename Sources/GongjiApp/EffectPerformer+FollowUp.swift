import FamilyAid
import Foundation
import KioskStore
import KioskUI

/// The effects of following an application after it was submitted: invitations to answer.
extension EffectPerformer {
    /// The invitations waiting for `person`, each with the sharer's name from the registry.
    func invitations(awaiting person: ResidentID, now: Date) -> Event {
        do {
            let items = try database.invitations(awaiting: person).map { invitation in
                InvitationItem(
                    number: invitation.number, memberIndex: invitation.memberIndex,
                    sharerName: try registryName(invitation.sharer), sharerID: invitation.sharer,
                    member: invitation.member, pending: invitation.pending, party: invitation.party)
            }
            logger.info("invitations read", metadata: ["count": "\(items.count)"])
            return .invitationsLoaded(items)
        } catch {
            logger.error("invitations could not be read from the store: \(error)")
            return failed(error)
        }
    }

    /// Records a confirmation or a decline. An invitation that expired or is no longer waiting
    /// for this party is answered in words, not as a failure.
    func answerInvitation(_ number: ApplicationNumber, member: Int, party: ConfirmingParty, accept: Bool, now: Date) -> Event {
        do {
            guard let stored = try database.application(number: number) else { return .invitationAnswered(.noLongerOpen) }
            let profile = try profile(judging: stored.application)
            let transition = try database.recordMemberEvent(
                accept ? .confirm(party) : .decline(party), member: member, application: number, at: now,
                profile: profile, calendar: calendar, servedBy: counterClerk)
            logger.info("invitation answered", metadata: ["accepted": "\(accept)", "stage": "\(transition.to.stage.rawValue)"])
            if !accept { return .invitationAnswered(.declined) }
            return .invitationAnswered(.confirmed(othersAwaited: transition.to.stage == .awaitingConfirmation))
        } catch LifecycleError.invitationExpired {
            return .invitationAnswered(.expired)
        } catch LifecycleError.partyNotAwaited, LifecycleError.memberEventNotAllowed {
            return .invitationAnswered(.noLongerOpen)
        } catch {
            logger.error("an invitation answer could not be recorded: \(error)")
            return failed(error)
        }
    }

    /// The profile that judged `application`: the kiosk's own, or the built-in one it names.
    func profile(judging application: SharingApplication) throws -> PolicyProfile {
        try ProfileLookup.profile(judging: application, given: policy)
    }

    /// A person's name as the registry has it.
    func registryName(_ id: ResidentID) throws -> PersonName {
        guard let record = try database.insuredPerson(idNumber: id.number) else { throw FollowUpError.notInRegistry }
        return PersonName(record.name)
    }
}

/// Why a follow-up could not be done at this kiosk.
enum FollowUpError: Error, CustomStringConvertible {
    /// The application was judged by a profile this kiosk does not have.
    case profileNotAvailable(SharingApplication.ProfileReference)
    /// Someone an application names is not in the registry.
    case notInRegistry

    var description: String {
        switch self {
        case .profileNotAvailable(let reference): "the application was judged by \(reference), which this kiosk does not have"
        case .notInRegistry: "a person the application names is not in the registry"
        }
    }
}
