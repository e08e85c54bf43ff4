import Foundation
import Testing
@testable import FamilyAid

@Suite("Policy files")
struct PolicyFileTests {
    @Test("every built-in profile, written out, reads back the same", arguments: PolicyProfile.builtIn)
    func builtInRoundTrips(profile: PolicyProfile) throws {
        #expect(try PolicyFile.parse(PolicyFile.render(profile)) == profile)
    }

    @Test func aFileChangesOnlyWhatItNames() throws {
        let profile = try PolicyFile.parse("""
            id: hunan-city
            version: 3
            extends: hunan-like
            member_limit: { at_once: 8 }
            review: { self_service: instant }
            minimum_retained: "1,500"
            """)
        var expected = PolicyProfile.hunanLike
        expected.id = "hunan-city"
        expected.version = 3
        expected.memberLimit = MemberLimit(atOnce: 8, lifetime: 20)
        expected.review.selfService = .instant
        expected.minimumRetained = .yuan(1500)
        #expect(profile == expected)
    }

    @Test func anEditionAloneStartsFromItsNationalDefault() throws {
        let profile = try PolicyFile.parse("id: old-region\nversion: 1\nedition: N21\n")
        var expected = PolicyProfile.national(.n21)
        expected.id = "old-region"
        #expect(profile == expected)
    }

    @Test func theShippedExampleReads() throws {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("screens/policy/example-region.yaml")
        let profile = try PolicyFile.parse(String(contentsOf: url, encoding: .utf8))
        #expect(profile.id == "example-region")
        #expect(profile.edition == .n26)
        #expect(profile.memberLimit == MemberLimit(atOnce: 8))
        #expect(profile.proofs == .commitmentLetter)
        #expect(profile.review == ReviewRules(selfService: .manual(workingDays: 1), counter: .manual(workingDays: 3)))
        #expect(profile.confirmation.invitationExpiresAfterWorkingDays == 5)
        #expect(profile.sharerOrder == .largestBalanceFirst)
        #expect(profile.minimumRetained == .yuan(500))
        #expect(profile.options == [.remoteConfirmationFrom60])
        #expect(profile.premiums.map(\.kind) == [.residentMedical, .longTermCare])
        #expect(profile.premiums[1].isOpen(on: CivilDate("2027-02-28")!))
        #expect(!profile.premiums[1].isOpen(on: CivilDate("2027-03-01")!))
    }

    @Test func aProofMatrixOfTheRegionsOwnIsRead() throws {
        let cases = ProofCase.allCases.map { PolicyFileSpelling.word(for: $0) + ": [[kinship_notarization]]" }
        let text = "id: strict\nversion: 2\nedition: N24\nproofs:\n" + cases.map { "  " + $0 }.joined(separator: "\n")
        let profile = try PolicyFile.parse(text)
        #expect(profile.proofs == .documents(Dictionary(uniqueKeysWithValues: ProofCase.allCases.map { ($0, [[.kinshipNotarization]]) })))
    }

    @Test func theSpouseOptionTurnsOnTheSpousesConfirmation() throws {
        let on = try PolicyFile.parse("id: a\nversion: 1\nedition: N26\noptions: [spouse_confirmation]\n")
        #expect(on.spouseConfirms)
        let off = try PolicyFile.parse("id: a\nversion: 1\nextends: jiangsu-like\noptions: []\n")
        #expect(!off.spouseConfirms)
        #expect(off.options.isEmpty)
    }

    /// One row per kind of bad file: the key it names, the line, and words of the reason.
    static let badFiles: [(file: String, key: String, line: Int?, reason: String)] = [
        ("", "", nil, "the file is empty"),
        ("id: [unclosed\n", "", 2, "not readable as YAML"),
        ("- id: a\n", "", 1, "expected a section"),
        ("id: a\nversion: 1\nedition: N26\nmember_limt: 5\n", "member_limt", 4, "unknown key"),
        ("version: 1\nedition: N26\n", "", 1, "the key `id` is missing"),
        ("id: a\nedition: N26\n", "", 1, "the key `version` is missing"),
        ("id: a\nversion: 1\n", "", 1, "give `edition`"),
        ("id: a b\nversion: 1\nedition: N26\n", "id", 1, "letters, digits"),
        ("id: a\nversion: 0\nedition: N26\n", "version", 2, "whole number from 1"),
        ("id: a\nversion: 1\nedition: N25\n", "edition", 3, "expected one of N21, N24, N26, found `N25`"),
        ("id: a\nversion: 1\nextends: beijing\n", "extends", 3, "no built-in profile is called `beijing`"),
        ("id: a\nversion: 1\nedition: N24\nmember_limit: { at_once: five }\n", "member_limit.at_once", 4, "expected `none` or a whole number"),
        ("id: a\nversion: 1\nedition: N24\nmember_limit: { at_once: 10, lifetime: 5 }\n", "member_limit", 4, "below the limit at once"),
        ("id: a\nversion: 1\nedition: N24\none_sharer_per_member: maybe\n", "one_sharer_per_member", 4, "expected yes or no"),
        ("id: a\nversion: 1\nedition: N24\nconfirmation: { spouse_confirms: yes }\n", "confirmation.spouse_confirms", 4, "unknown key"),
        ("id: a\nversion: 1\nedition: N24\nconfirmation: { self_confirmation_age: 3 }\n", "confirmation.self_confirmation_age", 4, "from 8 to 18"),
        ("id: a\nversion: 1\nedition: N24\nreview: { counter: fast }\n", "review.counter", 4, "`instant` or a number of working days"),
        ("id: a\nversion: 1\nedition: N24\nreview: { self_service: 0 }\n", "review.self_service", 4, "from 1 to 30"),
        ("id: a\nversion: 1\nedition: N24\nproofs: papers\n", "proofs", 4, "commitment_letter, documents or a matrix"),
        ("id: a\nversion: 1\nedition: N24\nproofs:\n  spouse: [[marriage_certificate]]\n", "proofs", 5, "the case `parent_or_child_by_birth` is missing"),
        ("id: a\nversion: 1\nedition: N24\nproofs:\n  spouse: [[wedding_photo]]\n", "proofs.spouse[1][1]", 5, "found `wedding_photo`"),
        ("id: a\nversion: 1\nedition: N24\nproofs:\n  spouse: [[]]\n", "proofs.spouse[1]", 5, "at least one document"),
        ("id: a\nversion: 1\nedition: N24\nminimum_retained: -5\n", "minimum_retained", 4, "an amount in yuan"),
        ("id: a\nversion: 1\nedition: N24\nper_payment_cap: lots\n", "per_payment_cap", 4, "an amount in yuan"),
        ("id: a\nversion: 1\nedition: N24\nshareable: half\n", "shareable", 4, "whole_account, carried_over_only"),
        ("id: a\nversion: 1\nedition: N24\nsharer_order: random\n", "sharer_order", 4, "user_set, binding_order, largest_balance_first"),
        ("id: a\nversion: 1\nedition: N24\nauthorization_period: forever\n", "authorization_period", 4, "open_ended, chosen_dates"),
        ("id: a\nversion: 1\nedition: N24\npremiums: 400\n", "premiums", 4, "expected a list"),
        ("id: a\nversion: 1\nedition: N24\npremiums:\n  - { coverage_year: 2027, opens: 2026-12-31, closes: 2026-09-01, amount: 400 }\n",
         "premiums[1]", 5, "is before `opens`"),
        ("id: a\nversion: 1\nedition: N24\npremiums:\n  - { coverage_year: 2027, opens: 2025-09-01, closes: 2025-12-31, amount: 400 }\n",
         "premiums[1]", 5, "must lie between the year before 2027"),
        ("id: a\nversion: 1\nedition: N24\npremiums:\n  - { coverage_year: 2027, opens: 2026-09-01, closes: 2026-12-31 }\n",
         "premiums[1]", 5, "the key `amount` is missing"),
        ("id: a\nversion: 1\nedition: N24\npremiums:\n  - { coverage_year: 2027, opens: 2026-09-31, closes: 2026-12-31, amount: 400 }\n",
         "premiums[1].opens", 5, "a date as YYYY-MM-DD, found `2026-09-31`"),
        ("id: a\nversion: 1\nedition: N24\npremiums:\n  - { coverage_year: 2027, opens: 2026-09-01, closes: 2026-12-31, amount: 0 }\n",
         "premiums[1]", 5, "more than 0"),
        ("id: a\nversion: 1\nedition: N24\npremiums:\n  - { coverage_year: 2027, opens: 2026-09-01, closes: 2026-12-31, amount: 400 }\n  - { coverage_year: 2027, opens: 2026-10-01, closes: 2026-12-31, amount: 380 }\n",
         "premiums[2]", 6, "listed twice"),
        ("id: a\nversion: 1\nedition: N24\noptions: [face_check]\n", "options[1]", 4, "found `face_check`"),
        ("id: a\nversion: 1\nedition: N24\noptions: [spouse_confirmation, spouse_confirmation]\n", "options[2]", 4, "listed twice"),
    ]

    @Test("a bad file is refused whole, naming the key, the line and the reason", arguments: badFiles)
    func badFileIsRefused(file: String, key: String, line: Int?, reason: String) {
        #expect {
            try PolicyFile.parse(file)
        } throws: { error in
            guard let error = error as? PolicyFileError else { return false }
            return error.key == key && error.line == line && error.reason.contains(reason)
        }
    }

    @Test func theMessageSaysLineKeyAndReason() {
        let error = PolicyFileError(key: "review.counter", line: 4, reason: "expected `instant`")
        #expect(error.description == "line 4, `review.counter`: expected `instant`")
        #expect(PolicyFileError(key: "", line: nil, reason: "the file is empty").description == "the file is empty")
    }

    @Test("enumeration values are spelled as words", arguments: [
        (PolicyFileSpelling.word(for: WeaklySourcedOption.remoteConfirmationFrom60), "remote_confirmation_from_60"),
        (PolicyFileSpelling.word(for: SharerOrder.largestBalanceFirst), "largest_balance_first"),
        (PolicyFileSpelling.word(for: PolicyEdition.n26), "N26"),
        (PolicyFileSpelling.word(for: ProofKind.socialSecurityCardWithPIN), "social_security_card_with_pin"),
    ])
    func spelling(word: String, expected: String) {
        #expect(word == expected)
    }
}
