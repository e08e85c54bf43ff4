import FamilyAid
import Foundation
@testable import KioskUI

/// Applications with members at every stage, as the store would answer them.
enum TrackingFixtures {
    static let profile = PolicyProfile.kioskDefault
    static let calendar = WorkingDayCalendar.weekendsOnly
    static let number = try! ApplicationNumber(origin: "DEM001", sequence: 7)
    static let otherNumber = try! ApplicationNumber(origin: "DEM001", sequence: 8)

    /// `days` after the Monday before the kiosk's (2026-11-16), at 10:00 in Shanghai.
    static func day(_ days: Double) -> Date { Fixtures.start.addingTimeInterval((days - 7) * 86_400 + 3600) }

    /// 王建国's application of Monday 2026-11-16: his son approved (the relationship active), his
    /// wife confirmed and then refused for a missing proof, his father still to confirm, his
    /// daughter confirmed on Sunday 11-22 and under review.
    static let application: SharingApplication = {
        var application = SharingApplication(sharer: Fixtures.sharerID, channel: .kiosk, profile: profile)
        for (person, relation) in [
            (Fixtures.youngChild, DeclaredRelation.near(.child, .birth)), (Fixtures.spouse, .near(.spouse, .marriage)),
            (Fixtures.parent, .near(.parent, .birth)), (Fixtures.olderChild, .near(.child, .birth)),
        ] {
            try! application.addMember(
                MemberDetails(name: person.name, id: person.id, relation: relation), at: day(0), profile: profile, calendar: calendar)
        }
        try! application.submit(at: day(0), profile: profile, calendar: calendar)
        func apply(_ events: [(MemberEvent, Double)], to index: Int) {
            for (event, when) in events {
                try! application.apply(event, toMemberAt: index, at: day(when), profile: profile, calendar: calendar)
            }
        }
        apply([(.passSystemCheck(confirming: []), 0), (.approve, 2)], to: 0)
        apply([(.passSystemCheck(confirming: [.member]), 0), (.confirm(.member), 1), (.reject([.proofMissing]), 2)], to: 1)
        apply([(.passSystemCheck(confirming: [.member]), 0)], to: 2)
        apply([(.passSystemCheck(confirming: [.member]), 0), (.confirm(.member), 6)], to: 3)
        return application
    }()

    static let own = FollowedApplication(
        number: number, application: application, sharerName: PersonName("王建国"), submittedAt: day(0),
        relationships: [0: .active])

    /// `own` after the father was withdrawn, as the store reads it again.
    static let ownWithParentCancelled: FollowedApplication = {
        var item = own
        try! item.application.apply(.cancel, toMemberAt: 2, at: Fixtures.start, profile: profile, calendar: calendar)
        return item
    }()

    /// The same application refused for the spouse because she was not insured: sent again as is.
    static let notInsured: FollowedApplication = {
        var application = SharingApplication(sharer: Fixtures.sharerID, channel: .kiosk, profile: profile)
        try! application.addMember(
            MemberDetails(name: Fixtures.spouse.name, id: Fixtures.spouse.id, relation: .near(.spouse, .marriage)),
            at: day(0), profile: profile, calendar: calendar)
        try! application.submit(at: day(0), profile: profile, calendar: calendar)
        try! application.apply(.failSystemCheck([.notInsured]), toMemberAt: 0, at: day(0), profile: profile, calendar: calendar)
        return FollowedApplication(number: otherNumber, application: application, sharerName: PersonName("王建国"), submittedAt: day(0))
    }()

    /// Members to open in `own`.
    enum Member: Int {
        case child, spouse, parent, daughter
    }
}

extension KioskProbe {
    /// Signs in as `person` with `applications` loaded, and opens the list.
    mutating func openApplications(as person: InsuredPerson = Fixtures.person(), _ applications: [FollowedApplication] = [TrackingFixtures.own]) {
        signIn(as: person)
        press(.character("1"))
        send(.invitationsLoaded([]))
        send(.applicationsLoaded(applications))
        let menu = HomeScreen.items(state)
        press(.character(Character("\(menu.firstIndex(of: .applications)! + 1)")))
    }

    /// From the list, one member of the first application.
    mutating func openMember(_ member: TrackingFixtures.Member, as person: InsuredPerson = Fixtures.person(),
                             _ applications: [FollowedApplication] = [TrackingFixtures.own]) {
        openApplications(as: person, applications)
        press(.character("1"))
        press(.character(Character("\(member.rawValue + 1)")))
    }
}

extension TrackingFixtures {
    /// The wife refused three times and sent again each time: more history than one screen holds.
    static let manyRounds: FollowedApplication = {
        var item = notInsured
        var when = 0.0
        for _ in 0..<3 {
            when += 1
            try! item.application.apply(.resubmit, toMemberAt: 0, at: day(when), profile: profile, calendar: calendar)
            try! item.application.apply(.failSystemCheck([.notInsured]), toMemberAt: 0, at: day(when), profile: profile, calendar: calendar)
        }
        return item
    }()
}
