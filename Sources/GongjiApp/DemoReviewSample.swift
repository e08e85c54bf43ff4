import FamilyAid
import Foundation
import KioskStore

/// A sample application for trying `gongji review` on the demo store before the submission
/// screens exist: 王建国 asks to share with his wife 李秀英 (who has confirmed) and his son
/// 王小明 (under 16, his father's confirmation suffices), each with a proof and a quota of
/// 1,000 元; both wait for the reviewer.
public enum DemoReviewSample {
    static let sharer = "110105196803150118"
    static let members: [(id: String, name: String, relation: DeclaredRelation, confirming: Set<ConfirmingParty>, proof: ProofReference)] = [
        ("110105197007080221", "李秀英", .near(.spouse, .marriage), [.member], ProofReference(kind: .marriageCertificate, documentNumber: "JH110105-2026-000001")),
        ("11010520150520031X", "王小明", .near(.child, .birth), [], ProofReference(kind: .birthCertificate, documentNumber: "O110000001")),
    ]

    /// Adds the sample to the demo store; refused on a real store. Returns its number. With
    /// `spouseScan`, the SHA-256 of a scan kept in the document folder, the marriage certificate
    /// refers to that file.
    public static func add(
        to database: KioskDatabase, profile: PolicyProfile, calendar: WorkingDayCalendar, now: Date, spouseScan: String? = nil
    ) throws -> ApplicationNumber {
        guard try database.installation()?.isDemo == true else { throw ReviewError.realStore }
        let today = CivilDate(now)
        var application = SharingApplication(sharer: try ResidentID.parse(sharer, today: today), channel: .kiosk, profile: profile)
        for member in members {
            try application.addMember(
                MemberDetails(name: PersonName(member.name), id: try ResidentID.parse(member.id, today: today), relation: member.relation),
                at: now, profile: profile, calendar: calendar)
        }
        try application.submit(at: now, profile: profile, calendar: calendar)
        let quota = profile.usesQuotas ? Money(fen: 100_000) : nil
        let number = try database.submitApplication(
            application,
            proofs: Dictionary(uniqueKeysWithValues: members.enumerated().map { index, member in
                var proof = member.proof
                if index == 0 { proof.contentSHA256 = spouseScan }
                return (index, [proof])
            }),
            paymentModes: Dictionary(uniqueKeysWithValues: members.indices.map { ($0, PaymentMode(quota: quota)) }),
            signature: nil, now: now)
        for (index, member) in members.enumerated() {
            try database.recordMemberEvent(
                .passSystemCheck(confirming: member.confirming), member: index, application: number, at: now, profile: profile, calendar: calendar)
            for party in member.confirming {
                try database.recordMemberEvent(.confirm(party), member: index, application: number, at: now, profile: profile, calendar: calendar)
            }
        }
        return number
    }
}
