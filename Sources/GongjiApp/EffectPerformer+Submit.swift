import FamilyAid
import Foundation
import KioskStore
import KioskUI

/// The last step of applying: the application built, submitted and passed through the system
/// check in the domain, then recorded with its proofs, payment modes and signature. At a counter
/// the same commands run through the counter channel, the letter is the paper one and the clerk
/// who took it in is recorded.
extension EffectPerformer {
    func submit(_ submission: ApplicationSubmission, now: Date) -> Event {
        guard scansArePresent(submission.members.flatMap(\.proofs)) else {
            logger.error("an application refers to a scan the document folder does not hold")
            return .serviceFailed
        }
        do {
            let profile = submission.profile
            let channel: ApplicationChannel = submission.takenInBy == nil ? .kiosk : .counter
            let clerk = try submission.takenInBy.map(OperatorID.init)
            var application = SharingApplication(sharer: submission.sharer, channel: channel, profile: profile)
            for member in submission.members {
                try application.addMember(member.details, at: now, profile: profile, calendar: calendar)
            }
            try application.submit(at: now, profile: profile, calendar: calendar)
            var proofs: [Int: [ProofReference]] = [:]
            var modes: [Int: PaymentMode] = [:]
            for (index, member) in submission.members.enumerated() {
                proofs[index] = member.proofs.map {
                    ProofReference(kind: $0.kind, documentNumber: $0.documentNumber, contentSHA256: $0.scanSHA256, sighted: $0.sighted)
                }
                modes[index] = PaymentMode(quota: member.quota, paymentRank: member.rank ?? 1, allowedUses: member.uses)
            }
            let signature: CommitmentSignature
            var paperForm: String?
            switch submission.letter {
            case .onScreen(let letter):
                signature = CommitmentSignature(
                    signer: submission.sharer, signedAt: letter.signedAt, channel: channel,
                    letter: .onScreen(version: letter.version, contentSHA256: letter.contentSHA256))
            case .paper(let forms):
                signature = CommitmentSignature(
                    signer: submission.sharer, signedAt: forms.signedAt, channel: channel, letter: .paper(formNumber: forms.letterForm))
                paperForm = forms.applicationForm
            }
            let number = try database.submitApplication(
                application, proofs: proofs, paymentModes: modes, signature: signature, takenInBy: clerk, paperForm: paperForm,
                now: now)
            for (index, member) in submission.members.enumerated() {
                try database.recordMemberEvent(
                    .passSystemCheck(confirming: member.confirmations), member: index, application: number, at: now,
                    profile: profile, calendar: calendar)
                // Under "both sides consent" the sharer's part is given by signing the application.
                if member.confirmations.contains(.sharer) {
                    try database.recordMemberEvent(
                        .confirm(.sharer), member: index, application: number, at: now, profile: profile, calendar: calendar)
                }
            }
            let rules = MemberLifecycleRules(profile: profile, channel: channel, calendar: calendar)
            let decideBy = rules.review(startingOn: rules.day(of: now)).decideBy
            logger.info("application submitted", metadata: ["members": "\(submission.members.count)"])
            let receipt = SubmissionReceipt(
                number: number, decideBy: decideBy, countsWeekendsOnly: !calendar.hasData(for: decideBy.year))
            if let receipts {
                // The application is stored either way; a receipt that cannot be written is only logged.
                do { try receipts.write(submission, receipt, now: now) } catch {
                    logger.error("a receipt could not be written: \(error)")
                }
            }
            return .applicationSubmitted(receipt)
        } catch KioskStoreError.paperFormTakenIn(let form, let application) {
            logger.info("a paper application form was taken in twice")
            return .paperFormTakenIn(form: form, application: application)
        } catch {
            logger.error("an application could not be submitted: \(error)")
            return failed(error)
        }
    }
}
