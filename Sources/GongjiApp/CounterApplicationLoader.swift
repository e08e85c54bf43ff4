import FamilyAid
import Foundation
import KioskStore
import KioskUI

/// Reads one application for the reviewer: every member with names in full and ID numbers
/// masked, proofs, guardian, the quota asked for, an import's flag, the note of the last
/// decision, and the engine's verdict judged today against the registry.
struct CounterApplicationLoader {
    let database: KioskDatabase
    let calendar: WorkingDayCalendar
    let policy: PolicyProfile
    let kiosk: EffectPerformer

    func load(_ number: ApplicationNumber, now: Date) throws -> ReviewedApplication? {
        guard let stored = try database.application(number: number) else { return nil }
        let today = CivilDate(now)
        let application = stored.application
        let profile = (try? ProfileLookup.profile(judging: application, given: policy)) ?? policy
        let flags = try database.openImportConflicts().filter { $0.number == number.text }
        let sharerName = try database.insuredPerson(idNumber: application.sharer.number)?.name ?? ""
        let members = try application.members.enumerated().map { index, member -> ReviewedMember in
            let details = member.details
            var decideBy: CivilDate?
            var reasons: [ReasonCode] = []
            switch member.lifecycle.state {
            case .underReview(let window): decideBy = window.decideBy
            case .rejected(let rejection): reasons = rejection.reasons
            default: break
            }
            let guardian = try details.guardian.map { id in
                "\(try database.insuredPerson(idNumber: id.number)?.name ?? "?")  \(id.masked)"
            }
            let verdict = try kiosk.verdict(on: details, of: application, profile: profile, now: now)
            return ReviewedMember(
                name: details.name.text, maskedID: details.id.masked, relation: details.relation, stage: member.lifecycle.state.stage,
                decideBy: decideBy, overdueBy: ReviewQueueReader.overdueBy(decideBy, calendar: calendar, today: today),
                rejectionReasons: reasons, guardian: guardian,
                proofs: stored.proofs[index].map { ReviewedProof(kind: $0.kind, documentNumber: $0.documentNumber, sha256: $0.contentSHA256) },
                verdict: verdict?.codes, requestedQuota: stored.paymentModes[index].quota,
                flaggedReasons: flags.filter { $0.memberPosition == index }.flatMap { $0.reasons.map(\.code) },
                note: try database.reviewNote(index, of: number)?.text)
        }
        return ReviewedApplication(
            number: number, submittedOn: CivilDate(stored.createdAt), channel: application.channel, sharerName: sharerName,
            maskedSharerID: application.sharer.masked, members: members, usesQuota: profile.usesQuotas)
    }
}
