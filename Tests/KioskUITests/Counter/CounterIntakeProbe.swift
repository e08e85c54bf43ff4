import FamilyAid
import Foundation
@testable import KioskUI

/// Steps of serving a resident at the counter, for the intake tests and goldens: the clerk signs
/// in, checks the resident's originals, adds the spouse and the son from their documents, records
/// the paper forms, sights the proofs.
extension CounterProbe {
    static let clerk = CounterOperator(id: "demo-clerk", role: .intakeClerk)
    static let applicationForm = "SQ2026-000123"
    static let letterForm = "CN2026-000456"

    /// Signed in as the demo clerk, serving a resident: on the ID number screen.
    mutating func startServing() {
        signIn(as: Self.clerk)
        press(.character("1"))
    }

    /// The sharer's ID number typed and the name typed from the original, the original ticked.
    mutating func checkOriginals(name: String = "王建国") {
        startServing()
        type(Fixtures.sharerID.number)
        press(.enter)
        type(name)
        press(.character("1"), .enter)
    }

    /// The sharer verified in person and on the member list, the store having answered that the
    /// sharer has no members yet.
    mutating func openMembersInPerson() {
        checkOriginals()
        send(.kiosk(.inPersonAnswered(.verified(Fixtures.person()))))
        press(.character("1"))
        send(.kiosk(.existingMembersLoaded(.none)))
    }

    /// From the member list, adds `person` with the name typed from their documents.
    mutating func addMemberInPerson(_ person: InsuredPerson, typedName: String? = nil, relation keys: String) {
        let count = state.work.resident?.session.draft.members.count ?? 0
        press(.character(Character("\(count + 1)")))
        type(person.id.number)
        press(.enter)
        send(.kiosk(.memberLookedUp(person.id, person)))
        type(typedName ?? person.name.text)
        press(.enter)
        type(keys)
        type("13800138002")
        press(.enter)
    }

    /// The spouse and the son added, their payment modes chosen: on the paper forms.
    mutating func reachPaperForms() {
        openMembersInPerson()
        addMemberInPerson(Fixtures.spouse, relation: "1")
        press(.character("1"))
        addMemberInPerson(Fixtures.youngChild, relation: "31")
        press(.character("1"))
        press(.character("4"), .character("5"))
        type("5000")
        press(.enter, .character("5"))
        type("3000")
        press(.enter)
    }

    /// The paper forms recorded and every proof sighted: on the summary.
    mutating func reachCounterSummary() {
        reachPaperForms()
        type(Self.applicationForm)
        press(.enter)
        type(Self.letterForm)
        press(.enter, .enter, .enter)
        press(.character("1"), .enter, .character("2"), .enter)
    }

    var resident: AppState? { state.work.resident }
}
