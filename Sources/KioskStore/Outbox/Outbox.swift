import FamilyAid
import Foundation
import GRDB

/// Writing messages into the outbox, inside the transaction that owes them: every member event
/// goes through `KioskDatabase.recordMemberEvent(_:…)`, which hands its transition here, so an
/// invitation or a decision and its message are saved together or not at all.
enum Outbox {
    /// The messages `transition` of the member at `position` owes, written to the outbox:
    ///
    /// - entering "awaiting confirmation" (after the system check, at submission or on
    ///   resubmission): an invitation to each party who must confirm, except the sharer, whose
    ///   consent is given by signing the application;
    /// - a reviewer's approval or rejection: the decision, to the sharer.
    ///
    /// Other steps (a confirmation, the system check's refusal, a withdrawal) are seen by whoever
    /// is at the kiosk when they happen, and owe no message.
    static func record(
        _ db: Database, for transition: MemberTransition, memberAt position: Int, of application: SharingApplication,
        number: ApplicationNumber, origin: String
    ) throws {
        let member = application.members[position]
        switch transition.to {
        case .awaitingConfirmation(let pending) where transition.from.stage != .awaitingConfirmation:
            try recordInvitations(db, pending, memberAt: position, of: application, number: number, origin: origin, at: transition.at)
        case .approved where transition.event == .approve:
            let parameters = OutboxParameters(number: number.text, member: position, memberName: member.details.name.masked)
            try insert(db, .approved, parameters, to: try registryMobile(db, application.sharer), number: number, position: position, origin: origin, at: transition.at)
        case .rejected(let rejection) where rejection.step == .review && transition.from.stage == .underReview:
            let parameters = OutboxParameters(
                number: number.text, member: position, memberName: member.details.name.masked, reasons: rejection.reasons)
            try insert(db, .rejected, parameters, to: try registryMobile(db, application.sharer), number: number, position: position, origin: origin, at: transition.at)
        default:
            break
        }
    }

    /// The invitations of one member's confirmation: the member's own (to the number given for
    /// them, else the registry's), and a guardian's (to the guardian's number in the registry).
    /// The member is invited once even where they confirm both as member and as the sharer's spouse.
    static func recordInvitations(
        _ db: Database, _ pending: PendingConfirmation, memberAt position: Int, of application: SharingApplication,
        number: ApplicationNumber, origin: String, at instant: Date
    ) throws {
        let details = application.members[position].details
        let sharerName = try registryName(db, application.sharer)
        if !pending.invited.isDisjoint(with: [.member, .sharersSpouse]) {
            let mobile = try details.mobile?.digits ?? registryMobile(db, details.id)
            let parameters = OutboxParameters(number: number.text, member: position, sharerName: sharerName, confirmBy: pending.confirmBy)
            try insert(db, .invitation, parameters, to: mobile, number: number, position: position, origin: origin, at: instant)
        }
        if pending.invited.contains(.guardian) {
            let mobile = try details.guardian.flatMap { try registryMobile(db, $0) }
            let parameters = OutboxParameters(
                number: number.text, member: position, sharerName: sharerName, memberName: details.name.masked,
                confirmBy: pending.confirmBy)
            try insert(db, .guardianInvitation, parameters, to: mobile, number: number, position: position, origin: origin, at: instant)
        }
    }

    /// Writes one message under the next ID of `origin`; with no mobile number it is kept as
    /// `noRecipient`, so that nobody goes untold unseen.
    private static func insert(
        _ db: Database, _ kind: OutboxMessage.Kind, _ parameters: OutboxParameters, to mobile: String?,
        number: ApplicationNumber, position: Int, origin: String, at instant: Date
    ) throws {
        let sequence = (try Int.fetchOne(db, sql: "SELECT max(sequence) FROM outbox_message WHERE origin = ?", arguments: [origin]) ?? 0) + 1
        try OutboxMessageRecord(
            id: OutboxMessageRecord.messageID(origin: origin, sequence: sequence), origin: origin, sequence: sequence,
            kind: kind.rawValue, parameters: try StoredJSON.text(parameters), applicationNumber: number.text,
            memberPosition: position, mobile: mobile, language: OutboxLanguage.chinese.rawValue,
            state: (mobile == nil ? OutboxMessage.State.noRecipient : .pending).rawValue, createdAt: instant,
            handedOverAt: nil, attempts: 0, receiptAt: nil
        ).insert(db)
    }

    /// The registry's mobile number for a person, when it is a mobile number at all.
    private static func registryMobile(_ db: Database, _ person: ResidentID) throws -> String? {
        let text = try String.fetchOne(db, sql: "SELECT mobile FROM insured_person WHERE id_number = ?", arguments: [person.number])
        return text.flatMap(MobileNumber.init)?.digits
    }

    /// The registry's name for a person, masked; nil when the registry does not have them.
    private static func registryName(_ db: Database, _ person: ResidentID) throws -> String? {
        try String.fetchOne(db, sql: "SELECT name FROM insured_person WHERE id_number = ?", arguments: [person.number])
            .map { PersonName($0).masked }
    }
}
