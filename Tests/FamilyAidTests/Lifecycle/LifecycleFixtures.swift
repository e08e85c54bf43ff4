import Foundation
@testable import FamilyAid

/// Dates, instants and sample states for the lifecycle tables. All dates fall in November and
/// December 2026, which hold no official holiday and no make-up working day; the calendar is the
/// shipped one all the same, as the kiosk's. 2026-11-23 is a Monday.
enum Lifecycle {
    static func day(_ text: String) -> CivilDate { People.date(text) }

    /// The instant at `time` (HH:MM) China Standard Time on `text`.
    static func at(_ text: String, _ time: String = "10:00") -> Date {
        let parts = time.split(separator: ":").compactMap { Int($0) }
        return day(text).startOfDay(in: .shanghai).addingTimeInterval(TimeInterval(parts[0] * 3600 + parts[1] * 60))
    }

    /// The calendar the kiosk ships, with 2026's holidays and make-up working days.
    static let calendar: WorkingDayCalendar = {
        do {
            return try ShippedWorkingDays.calendar()
        } catch {
            preconditionFailure("the shipped working-day file does not load: \(error)")
        }
    }()

    /// Invitations open 10 working days, manual review in 3: DOMAIN.md's defaults.
    static let rules = MemberLifecycleRules(invitationWorkingDays: 10, review: .manual(workingDays: 3), calendar: calendar)

    /// Sent Monday 2026-11-23 to the member and (N26) the sharer; open through Monday 2026-12-07.
    static let invitation = PendingConfirmation(
        invited: [.member, .sharer], sentOn: day("2026-11-23"), confirmBy: day("2026-12-07"))
    /// The same invitation after the sharer confirmed: only the member is awaited.
    static let invitationAwaitingMember = PendingConfirmation(
        invited: [.member, .sharer], confirmed: [.sharer], sentOn: day("2026-11-23"), confirmBy: day("2026-12-07"))
    /// Entered review Monday 2026-11-23, due Thursday 2026-11-26.
    static let review = ReviewWindow(mode: .manual(workingDays: 3), since: day("2026-11-23"), decideBy: day("2026-11-26"))
    static let proofRejection = Rejection(reasons: [.proofMissing], step: .review)!

    /// One state of each stage, as the cross-product tables use them.
    static func sample(_ stage: MemberStage) -> MemberState {
        switch stage {
        case .draft: .draft
        case .systemCheck: .systemCheck
        case .awaitingConfirmation: .awaitingConfirmation(invitation)
        case .underReview: .underReview(review)
        case .approved: .approved
        case .rejected: .rejected(proofRejection)
        case .declined: .declined(by: .member)
        case .cancelled: .cancelled
        }
    }

    /// One event of each kind, valid in its details wherever its kind is allowed.
    static func sample(_ kind: MemberEventKind) -> MemberEvent {
        switch kind {
        case .edit: .edit([.proofAdded(.householdRegister)])
        case .submit: .submit
        case .passSystemCheck: .passSystemCheck(confirming: [.member])
        case .failSystemCheck: .failSystemCheck([.notInsured])
        case .confirm: .confirm(.member)
        case .decline: .decline(.member)
        case .expire: .expire
        case .approve: .approve
        case .reject: .reject([.proofMissing])
        case .resubmit: .resubmit
        case .cancel: .cancel
        }
    }

    /// The day each sample event happens: expiry after the invitation's last day, everything else
    /// within it.
    static func sampleInstant(_ kind: MemberEventKind) -> Date {
        kind == .expire ? at("2026-12-08") : at("2026-11-24")
    }

    // Relationships.

    /// N26 with chosen dates (a Jiangsu-like region on the current edition): quotas and dates.
    static let chosenDatesN26: PolicyProfile = {
        var profile = PolicyProfile.national(.n26)
        profile.id = "test-chosen-dates-N26"
        profile.authorizationPeriod = .chosenDates
        return profile
    }()

    /// N24 with chosen dates: dates, no quotas.
    static let chosenDatesN24: PolicyProfile = {
        var profile = PolicyProfile.national(.n24)
        profile.id = "test-chosen-dates-N24"
        profile.authorizationPeriod = .chosenDates
        return profile
    }()

    static let sharer = People.person("张三", born: "1970-05-01", sequence: "011", region: "110101")
    static let member = People.person("李四", born: "1995-03-02", sequence: "022", insurance: .resident, region: "110101")

    /// Approved Monday 2026-11-23 for 2026-12-01 through 2026-12-31, quota ¥1,000: scheduled.
    static func scheduled() -> SharingRelationship {
        try! SharingRelationship.begin(
            sharer: sharer, member: member, period: .chosen(start: day("2026-12-01"), end: day("2026-12-31")),
            approvedOn: day("2026-11-23"), quota: .yuan(1000), profile: chosenDatesN26)
    }

    /// Approved Monday 2026-11-23 for 2026-11-23 through 2026-12-31, quota ¥1,000, `used` used.
    static func active(used: Money = .zero) -> SharingRelationship {
        var relationship = try! SharingRelationship.begin(
            sharer: sharer, member: member, period: .chosen(start: day("2026-11-23"), end: day("2026-12-31")),
            approvedOn: day("2026-11-23"), quota: .yuan(1000), profile: chosenDatesN26)
        if used.isPositive { try! relationship.apply(.useQuota(used), on: day("2026-11-23")) }
        return relationship
    }

    /// Unbound on 2026-11-25.
    static func ended() -> SharingRelationship {
        var relationship = active()
        try! relationship.apply(.unbindBySharer, on: day("2026-11-25"))
        return relationship
    }

    /// Open-ended under N24 (no dates, no quota), approved 2026-11-23.
    static func openEnded() -> SharingRelationship {
        try! SharingRelationship.begin(
            sharer: sharer, member: member, period: .openEnded, approvedOn: day("2026-11-23"), quota: nil,
            profile: .national(.n24))
    }

    static func sample(_ stage: RelationshipStage) -> SharingRelationship {
        switch stage {
        case .scheduled: scheduled()
        case .active: active(used: .yuan(300))
        case .ended: ended()
        }
    }

    static func sample(_ kind: RelationshipEventKind) -> RelationshipEvent {
        switch kind {
        case .activate: .activate
        case .unbindBySharer: .unbindBySharer
        case .memberLeaves: .memberLeaves
        case .endDatePassed: .endDatePassed
        case .dissolve: .dissolve([Dissolution(side: .member, cause: .insuranceEnded)])
        case .useQuota: .useQuota(.yuan(100))
        case .refundQuota: .refundQuota(.yuan(100))
        }
    }

    /// The day each sample event happens: the end-date event after the last day, everything else
    /// inside the period after its first day.
    static func sampleDay(_ kind: RelationshipEventKind) -> CivilDate {
        kind == .endDatePassed ? day("2027-01-01") : day("2026-12-15")
    }
}
