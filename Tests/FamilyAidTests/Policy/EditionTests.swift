import Testing
@testable import FamilyAid

/// DOMAIN.md's editions table: who may be a member, and where they may be insured.
@Suite("Policy editions")
struct EditionTests {
    /// Sharer in Beijing 东城区 (110101).
    static let sharer = People.region("110101")

    @Test("Where the member may be insured", arguments: [
        (PolicyEdition.n21, "110101", true, "same pooling region"),
        (.n21, "110105", false, "same province, another region"),
        (.n21, "310101", false, "another province"),
        (.n24, "110101", true, "same pooling region"),
        (.n24, "110105", true, "same province, another region"),
        (.n24, "310101", false, "another province"),
        (.n26, "110101", true, "same pooling region"),
        (.n26, "110105", true, "same province, another region"),
        (.n26, "650102", true, "another province"),
    ])
    func area(edition: PolicyEdition, member: String, inside: Bool, why: String) {
        #expect(edition.memberArea.contains(People.region(member), around: Self.sharer) == inside, "\(edition.rawValue): \(why)")
    }

    @Test("Each area", arguments: [
        (InsuranceArea.samePoolingRegion, "110101", true), (.samePoolingRegion, "110105", false), (.samePoolingRegion, "320101", false),
        (.sameProvince, "110101", true), (.sameProvince, "110105", true), (.sameProvince, "320101", false),
        (.anywhereInChina, "110101", true), (.anywhereInChina, "110105", true), (.anywhereInChina, "320101", true),
    ])
    func contains(area: InsuranceArea, member: String, inside: Bool) {
        #expect(area.contains(People.region(member), around: Self.sharer) == inside)
    }

    @Test("Which relatives may be members", arguments: PolicyEdition.allCases, KinshipCategory.allCases)
    func categories(edition: PolicyEdition, category: KinshipCategory) {
        let allowedUnderN21: Set<KinshipCategory> = [.spouse, .parent, .child]
        let expected = edition == .n21 ? allowedUnderN21.contains(category) : true
        #expect(edition.allowedCategories.contains(category) == expected, "\(edition.rawValue) \(category)")
    }

    @Test("When each took effect", arguments: [
        (PolicyEdition.n21, "2021-04-01", "N21"), (.n24, "2024-07-01", "N24"), (.n26, "2026-01-09", "N26"),
    ])
    func since(edition: PolicyEdition, date: String, name: String) {
        #expect(edition.since == People.date(date))
        #expect(edition.rawValue == name)
        #expect(PolicyEdition(rawValue: name) == edition)
    }

    @Test func editionsAreInOrderOfTime() {
        #expect(PolicyEdition.n21.since < PolicyEdition.n24.since && PolicyEdition.n24.since < PolicyEdition.n26.since)
    }
}
