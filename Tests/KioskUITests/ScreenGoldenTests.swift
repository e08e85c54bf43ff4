import FamilyAid
import Foundation
import KioskFrame
@testable import KioskUI
import Testing

/// Every screen as text, in both languages, at 80×24: reviewed in the diff like code.
@Suite("Screens (golden text)")
struct ScreenGoldenTests {
    /// A named way to reach a screen, as a person would.
    struct Scene: CustomStringConvertible, Sendable {
        let name: String
        let size: Size
        let settings: KioskSettings
        let drive: @Sendable (inout KioskProbe) -> Void

        init(
            _ name: String, size: Size = Size(columns: 80, rows: 24), settings: KioskSettings = KioskSettings(),
            _ drive: @escaping @Sendable (inout KioskProbe) -> Void
        ) {
            self.name = name
            self.size = size
            self.settings = settings
            self.drive = drive
        }

        var description: String { name }

        /// Drives the scene in `language` and holds the screen against its golden file.
        func check(in language: Language, sourceLocation: SourceLocation = #_sourceLocation) {
            var probe = KioskProbe(Fixtures.state(size: size, settings: settings))
            probe.state.language = language
            drive(&probe)
            #expect(probe.frame.size == size, sourceLocation: sourceLocation)
            #expect(!probe.frame.text.contains("⟦"), "a text is missing from the catalog", sourceLocation: sourceLocation)
            Golden.check(probe.frame, named: "\(name).\(language.rawValue)", sourceLocation: sourceLocation)
        }
    }

    static func pin(_ probe: inout KioskProbe) {
        probe.reachPIN()
    }

    static func refused(_ probe: inout KioskProbe, _ outcome: SignInOutcome<InsuredPerson>) {
        probe.sendPIN()
        probe.send(.signInAnswered(outcome))
        probe.wait(2)
    }

    static func home(_ person: InsuredPerson) -> @Sendable (inout KioskProbe) -> Void {
        { probe in
            probe.signIn(as: person)
            probe.press(.character("1"))
        }
    }

    static let scenes: [Scene] = [
        Scene("welcome") { _ in },
        Scene("welcome-demo-store") { probe in probe.state.isDemoStore = true },
        Scene("welcome-large", size: Size(columns: 120, rows: 30)) { _ in },
        Scene("identity-number-empty") { probe in probe.press(.character("1")) },
        Scene("identity-number-typing") { probe in
            probe.press(.character("1"))
            probe.type("1101051949")
        },
        Scene("identity-number-invalid-character") { probe in
            probe.press(.character("1"))
            probe.type("11010a")
        },
        Scene("identity-number-too-short") { probe in
            probe.press(.character("1"))
            probe.type("1101051949")
            probe.press(.enter)
        },
        Scene("identity-number-bad-province") { probe in
            probe.press(.character("1"))
            probe.type("99")
        },
        Scene("identity-number-impossible-date") { probe in
            probe.press(.character("1"))
            probe.type("11010519490231")
        },
        Scene("identity-number-wrong-check") { probe in
            probe.press(.character("1"))
            probe.type("110105194912310021")
        },
        Scene("identity-number-valid") { probe in
            probe.press(.character("1"))
            probe.type("11010519491231002X")
        },
        Scene("identity-number-permit") { probe in
            probe.press(.character("1"))
            probe.type(Fixtures.id("81000019880606121").number)
        },
        Scene("identity-pin-empty") { probe in pin(&probe) },
        Scene("identity-pin-typing") { probe in
            pin(&probe)
            probe.type("123")
        },
        Scene("identity-pin-incomplete") { probe in
            pin(&probe)
            probe.type("123")
            probe.press(.enter)
        },
        Scene("verifying") { probe in probe.sendPIN("123456") },
        Scene("signin-refused") { probe in refused(&probe, .refused(remainingTries: 2)) },
        Scene("signin-locked") { probe in refused(&probe, .locked(until: Fixtures.start.addingTimeInterval(1800))) },
        Scene("service-unavailable") { probe in
            probe.sendPIN("123456")
            probe.send(.serviceFailed)
        },
        Scene("confirm-identity") { probe in probe.signIn(as: Fixtures.person()) },
        Scene("home-may-share", home(Fixtures.person())),
        Scene("home-resident-insurance", home(Fixtures.person(name: "陈梅", insurance: .resident, balanceFen: 0))),
        Scene("home-not-insured", home(Fixtures.person(name: "赵桂兰", insurance: .none, balanceFen: 0))),
        Scene("home-suspended", home(Fixtures.person(name: "孙立", status: .suspended, balanceFen: 300_000))),
        Scene("home-frozen", home(Fixtures.person(name: "孙立", status: .frozen, balanceFen: 300_000))),
        Scene("home-nothing-shareable", home(Fixtures.person(name: "周强", balanceFen: 0))),
        Scene("home-dotted-name", home(Fixtures.person(name: "阿依古丽·买买提"))),
        Scene("guide") { probe in
            home(Fixtures.person())(&probe)
            probe.press(.character("4"))
        },
        Scene("help-identity-number") { probe in
            probe.press(.character("1"))
            probe.press(.function(1))
        },
        Scene("idle-countdown") { probe in
            probe.press(.character("1"))
            probe.type("110105")
            probe.wait(93)
        },
        Scene("too-small", size: Size(columns: 60, rows: 20)) { probe in probe.press(.character("1")) },
    ] + memberScenes + paymentScenes + submitScenes + sharingScenes + spendingScenes + premiumScenes

    /// From the member list to the member's ID number, typed.
    static func memberID(_ number: String) -> @Sendable (inout KioskProbe) -> Void {
        { probe in
            probe.openMembers()
            probe.press(.character("1"))
            probe.type(number)
        }
    }

    /// A member added from an empty list, under `settings`, ending on the verdict.
    static func verdict(
        _ name: String, _ person: InsuredPerson, relation keys: String, settings: KioskSettings = KioskSettings(),
        existing: ExistingMembers = .none
    ) -> Scene {
        Scene("member-verdict-\(name)", settings: settings) { probe in
            probe.openMembers(existing: existing)
            probe.addMember(person, relation: keys)
        }
    }

    static let n24 = KioskSettings(policy: .national(.n24))

    static let memberScenes: [Scene] = [
        Scene("members-empty") { probe in probe.openMembers() },
        Scene("member-id-empty") { probe in memberID("")(&probe) },
        Scene("member-id-wrong-check", memberID("110105194912310021")),
        Scene("member-id-impossible-date", memberID("11010519700231")),
        Scene("member-id-too-short") { probe in
            memberID("1101051970")(&probe)
            probe.press(.enter)
        },
        Scene("member-id-looking-up") { probe in
            memberID(Fixtures.spouse.id.number)(&probe)
            probe.press(.enter)
        },
        Scene("member-id-lookup-failed") { probe in
            memberID(Fixtures.spouse.id.number)(&probe)
            probe.press(.enter)
            probe.send(.serviceFailed)
        },
        Scene("member-person-known") { probe in
            memberID(Fixtures.spouse.id.number)(&probe)
            probe.press(.enter)
            probe.send(.memberLookedUp(Fixtures.spouse.id, Fixtures.spouse))
        },
        Scene("member-person-unknown") { probe in
            memberID(KioskProbe.textbookNumber)(&probe)
            probe.press(.enter)
            probe.send(.memberLookedUp(Fixtures.id("11010519491231002"), nil))
        },
        Scene("member-relation") { probe in
            memberID(Fixtures.spouse.id.number)(&probe)
            probe.press(.enter)
            probe.send(.memberLookedUp(Fixtures.spouse.id, Fixtures.spouse))
            probe.press(.character("1"))
        },
        Scene("member-relation-n21", settings: KioskSettings(policy: .national(.n21))) { probe in
            memberID(Fixtures.spouse.id.number)(&probe)
            probe.press(.enter)
            probe.send(.memberLookedUp(Fixtures.spouse.id, Fixtures.spouse))
            probe.press(.character("1"))
        },
        Scene("member-tie") { probe in
            memberID(Fixtures.youngChild.id.number)(&probe)
            probe.press(.enter)
            probe.send(.memberLookedUp(Fixtures.youngChild.id, Fixtures.youngChild))
            probe.type("13")
        },
        Scene("member-mobile-empty") { probe in
            memberID(Fixtures.spouse.id.number)(&probe)
            probe.press(.enter)
            probe.send(.memberLookedUp(Fixtures.spouse.id, Fixtures.spouse))
            probe.type("11")
            probe.press(.enter)
        },
        Scene("member-mobile-invalid") { probe in
            memberID(Fixtures.spouse.id.number)(&probe)
            probe.press(.enter)
            probe.send(.memberLookedUp(Fixtures.spouse.id, Fixtures.spouse))
            probe.type("11")
            probe.type("12800138002")
            probe.press(.enter)
        },
        Scene("member-mobile-digits-only") { probe in
            memberID(Fixtures.spouse.id.number)(&probe)
            probe.press(.enter)
            probe.send(.memberLookedUp(Fixtures.spouse.id, Fixtures.spouse))
            probe.type("11")
            probe.type("138a")
        },
        verdict("spouse", Fixtures.spouse, relation: "1"),
        verdict("young-child", Fixtures.youngChild, relation: "31"),
        verdict("adopted-child", Fixtures.olderChild, relation: "32"),
        verdict("resident-parent", Fixtures.parent, relation: "21"),
        verdict("in-law", Fixtures.motherInLaw, relation: "9"),
        verdict("someone-else", Fixtures.uninsured, relation: "0"),
        verdict("not-insured", Fixtures.uninsured, relation: "21"),
        verdict("suspended", Fixtures.suspended, relation: "41"),
        verdict("out-of-area", Fixtures.sisterInShanghai, relation: "41", settings: n24),
        verdict("implausible", Fixtures.spouse, relation: "21"),
        verdict("step-without-maintenance", Fixtures.olderChild, relation: "34"),
        verdict("self", Fixtures.person(), relation: "1"),
        verdict("limit", Fixtures.spouse, relation: "1", settings: n24, existing: ExistingMembers(
            activeOrScheduled: Set(["11010520030912042", "11010519450120051", "31010419750430072", "11010519800618081"]
                .map { Fixtures.id(String($0.prefix(17))) }),
            pending: [Fixtures.youngChild.id])),
        verdict("commitment-letter", Fixtures.olderChild, relation: "31", settings: KioskSettings(policy: .jiangsuLike)),
        Scene("member-verdict-duplicate") { probe in
            probe.openMembers()
            probe.addMember(Fixtures.spouse, relation: "1")
            probe.press(.character("1"))
            probe.addMember(Fixtures.spouse, relation: "1")
        },
        Scene("member-verdict-next-page", settings: n24) { probe in
            probe.openMembers()
            probe.addMember(Fixtures.sisterInShanghai, relation: "43")
            probe.press(.pageDown)
        },
        Scene("members-list") { probe in
            probe.openMembers()
            probe.addMember(Fixtures.spouse, relation: "1")
            probe.press(.character("1"))
            probe.addMember(Fixtures.youngChild, relation: "31")
            probe.press(.character("1"))
            probe.addMember(Fixtures.motherInLaw, relation: "9")
            probe.press(.character("1"))
        },
        Scene("member-remove") { probe in
            probe.openMembers()
            probe.addMember(Fixtures.spouse, relation: "1")
            probe.press(.character("3"))
        },
        Scene("member-id-edit") { probe in
            probe.openMembers()
            probe.addMember(Fixtures.spouse, relation: "1")
            probe.press(.character("2"))
        },
        Scene("help-members") { probe in
            probe.openMembers()
            probe.press(.function(1))
        },
    ]

    /// 我的共济关系: the list (loading, empty, failed, both sides), one in full, the confirmation,
    /// and the answer (waiting, done with the quota returned, failed).
    static let sharingScenes: [Scene] = [
        Scene("sharing-loading") { probe in SharingFlowTests.openSharing(&probe, entries: nil) },
        Scene("sharing-empty") { probe in SharingFlowTests.openSharing(&probe, entries: []) },
        Scene("sharing-load-failed") { probe in
            SharingFlowTests.openSharing(&probe, entries: nil)
            probe.send(.serviceFailed)
        },
        Scene("sharing-list") { probe in SharingFlowTests.openSharing(&probe) },
        Scene("sharing-list-long") { probe in SharingFlowTests.openSharing(&probe, entries: SharingFlowTests.tenEntries) },
        Scene("sharing-list-second-page") { probe in
            SharingFlowTests.openSharing(&probe, entries: SharingFlowTests.tenEntries)
            probe.press(.character("9"))
        },
        Scene("sharing-detail-sharer") { probe in
            SharingFlowTests.openSharing(&probe)
            probe.press(.character("1"))
        },
        Scene("sharing-detail-member") { probe in
            SharingFlowTests.openSharing(&probe)
            probe.press(.character("2"))
        },
        Scene("sharing-unbind-confirm") { probe in
            SharingFlowTests.openSharing(&probe)
            probe.press(.character("1"), .character("1"))
        },
        Scene("sharing-leave-confirm") { probe in
            SharingFlowTests.openSharing(&probe)
            probe.press(.character("2"), .character("1"))
        },
        Scene("sharing-ending") { probe in
            SharingFlowTests.openSharing(&probe)
            probe.press(.character("1"), .character("1"), .character("1"))
        },
        Scene("sharing-unbound") { probe in
            SharingFlowTests.openSharing(&probe)
            probe.press(.character("1"), .character("1"), .character("1"))
            probe.send(.relationshipEnded(id: 7, quotaReturned: .yuan(700)))
        },
        Scene("sharing-left") { probe in
            SharingFlowTests.openSharing(&probe)
            probe.press(.character("2"), .character("1"), .character("1"))
            probe.send(.relationshipEnded(id: 9, quotaReturned: nil))
        },
        Scene("sharing-end-failed") { probe in
            SharingFlowTests.openSharing(&probe)
            probe.press(.character("1"), .character("1"), .character("1"))
            probe.send(.serviceFailed)
        },
        Scene("help-sharing") { probe in
            SharingFlowTests.openSharing(&probe)
            probe.press(.function(1))
        },
    ]

    /// 消费明细: reading, the statement, an empty period, a second page, a failure, help.
    static let spendingScenes: [Scene] = [
        Scene("spending-loading") { probe in SpendingFlowTests.openSpending(&probe, statement: nil) },
        Scene("spending-statement") { probe in SpendingFlowTests.openSpending(&probe) },
        Scene("spending-empty") { probe in
            SpendingFlowTests.openSpending(&probe, statement: SpendingStatement(
                from: CivilDate("2026-11-01")!, to: CivilDate("2026-11-23")!, paidByMe: [], paidForMe: [], refunds: []))
        },
        Scene("spending-second-page") { probe in
            SpendingFlowTests.openSpending(&probe, statement: SpendingFlowTests.statement(extra: 20))
            probe.press(.character("4"))
        },
        Scene("spending-load-failed") { probe in
            SpendingFlowTests.openSpending(&probe, statement: nil)
            probe.send(.serviceFailed)
        },
        Scene("help-spending") { probe in
            SpendingFlowTests.openSpending(&probe)
            probe.press(.function(1))
        },
    ]

    /// 家庭共济缴费: offered on the relationship, checking, payable, already paid, outside the
    /// window, paying, paid, refused, failed, help.
    static let premiumScenes: [Scene] = [
        Scene("sharing-detail-premium") { probe in
            SharingFlowTests.openSharing(&probe, entries: [PremiumFlowTests.withResidentChild])
            probe.press(.character("1"))
        },
        Scene("premium-checking") { probe in PremiumFlowTests.openPremium(&probe, paid: nil) },
        Scene("premium-payable") { probe in PremiumFlowTests.openPremium(&probe) },
        Scene("premium-already-paid") { probe in
            PremiumFlowTests.openPremium(&probe, paid: [PaidPremium(
                member: Fixtures.youngChild.id, sharer: Fixtures.sharerID, kind: .residentMedical, coverageYear: 2027,
                amount: .yuan(400), date: CivilDate(year: 2026, month: 10, day: 8)!)])
        },
        Scene("premium-outside-window") { probe in
            probe.now = CivilDate(year: 2026, month: 8, day: 15)!.startOfDay().addingTimeInterval(9 * 3600)
            probe.state.now = probe.now
            probe.state.lastInputAt = probe.now
            PremiumFlowTests.openPremium(&probe)
        },
        Scene("premium-paying") { probe in
            PremiumFlowTests.openPremium(&probe)
            probe.press(.character("1"))
        },
        Scene("premium-paid") { probe in
            PremiumFlowTests.openPremium(&probe)
            probe.press(.character("1"))
            probe.send(.premiumPaid(PremiumFlowTests.receipt))
        },
        Scene("premium-refused") { probe in
            PremiumFlowTests.openPremium(&probe)
            probe.press(.character("1"))
            probe.send(.premiumRefused(.insufficientFunds(needed: .yuan(400), available: .yuan(100))))
        },
        Scene("premium-failed") { probe in
            PremiumFlowTests.openPremium(&probe)
            probe.press(.character("1"))
            probe.send(.serviceFailed)
        },
        Scene("help-premium") { probe in
            PremiumFlowTests.openPremium(&probe)
            probe.press(.function(1))
        },
    ]

    /// The demo sharer's spouse and young son on the list, both allowed.
    static func twoMembers(_ probe: inout KioskProbe) {
        probe.openMembers()
        probe.addMember(Fixtures.spouse, relation: "1")
        probe.press(.character("1"))
        probe.addMember(Fixtures.youngChild, relation: "31")
        probe.press(.character("1"))
    }

    /// N24 with a cap of 500 元 on what one sharer pays toward one bill.
    static let n24WithCap: KioskSettings = {
        var profile = PolicyProfile.national(.n24)
        profile.perPaymentCap = .yuan(500)
        return KioskSettings(policy: profile)
    }()

    static let jiangsu = KioskSettings(policy: .jiangsuLike)

    /// Under a profile with chosen dates: the spouse on the list, her uses kept, on to her dates.
    static func spouseDates(_ probe: inout KioskProbe) {
        probe.openMembers()
        probe.addMember(Fixtures.spouse, relation: "1")
        probe.press(.character("1"), .character("3"), .character("4"))
    }

    /// The spouse and the son with their payment modes chosen: on to the letter.
    static func letter(_ probe: inout KioskProbe) {
        twoMembers(&probe)
        probe.press(.character("4"), .character("5"))
        probe.type("5000")
        probe.press(.enter, .character("5"))
        probe.type("3000")
        probe.press(.enter)
    }

    /// The letter read to the end and agreed to: on to the PIN.
    static func letterPIN(_ probe: inout KioskProbe) {
        letter(&probe)
        probe.press(.end, .character("1"), .enter)
    }

    /// The letter signed: on to the spouse's proof.
    static func signed(_ probe: inout KioskProbe) {
        letterPIN(&probe)
        probe.type("123456")
        probe.press(.enter)
        probe.send(.signaturePINAnswered(.signedIn(Fixtures.person())))
    }

    /// The scan screen after the photo was refused for `refusal`.
    static func refusal(_ name: String, _ refusal: ScanRefusal) -> Scene {
        Scene("proofs-scan-refused-\(name)", settings: ScanFlowTests.scanner) { probe in
            ScanFlowTests.withFiles(&probe)
            probe.press(.character("4"))
            probe.send(.scanRefused(ScanFlowTests.photo, refusal))
            probe.send(.scanInboxListed([ScanFlowTests.marriage, ScanFlowTests.photo]))
        }
    }

    /// Every proof chosen: the summary.
    static func summary(_ probe: inout KioskProbe) {
        signed(&probe)
        probe.press(.character("1"), .enter, .character("2"), .enter)
    }

    /// The receipt the demo store would give for the summary's application.
    static let receipt = SubmissionReceipt(
        number: try! ApplicationNumber(origin: "DEM001", sequence: 1), decideBy: CivilDate("2026-11-26")!, countsWeekendsOnly: false)

    static let submitScenes: [Scene] = [
        Scene("summary", summary),
        Scene("summary-submitting") { probe in
            summary(&probe)
            probe.press(.character("1"))
        },
        Scene("summary-store-failed") { probe in
            summary(&probe)
            probe.press(.character("1"))
            probe.send(.serviceFailed)
        },
        Scene("summary-member-refused") { probe in
            summary(&probe)
            // Meanwhile the spouse was added by another application.
            probe.state.session.draft.existing = ExistingMembers(pending: [Fixtures.spouse.id])
            probe.press(.character("1"))
        },
        Scene("receipt") { probe in
            summary(&probe)
            probe.press(.character("1"))
            probe.send(.applicationSubmitted(receipt))
        },
        Scene("receipt-weekends-only") { probe in
            summary(&probe)
            probe.press(.character("1"))
            var weekends = receipt
            weekends.countsWeekendsOnly = true
            probe.send(.applicationSubmitted(weekends))
        },
        Scene("help-summary") { probe in
            summary(&probe)
            probe.press(.function(1))
        },
    ]

    static let paymentScenes: [Scene] = [
        Scene("members-ready", twoMembers),
        Scene("payment-uses") { probe in
            twoMembers(&probe)
            probe.press(.character("4"))
        },
        Scene("payment-uses-none") { probe in
            twoMembers(&probe)
            probe.press(.character("4"))
            probe.type("12345")
        },
        Scene("payment-uses-n24-cap", settings: n24WithCap) { probe in
            probe.openMembers()
            probe.addMember(Fixtures.spouse, relation: "1")
            probe.press(.character("1"))
            probe.press(.character("3"))
        },
        Scene("payment-quota-empty") { probe in
            twoMembers(&probe)
            probe.press(.character("4"))
            probe.press(.character("5"))
        },
        Scene("payment-quota-typing") { probe in
            twoMembers(&probe)
            probe.press(.character("4"), .character("5"))
            probe.type("2000")
        },
        Scene("payment-quota-missing") { probe in
            twoMembers(&probe)
            probe.press(.character("4"), .character("5"), .enter)
        },
        Scene("payment-quota-invalid") { probe in
            twoMembers(&probe)
            probe.press(.character("4"), .character("5"))
            probe.type("1.234")
            probe.press(.enter)
        },
        Scene("payment-quota-zero") { probe in
            twoMembers(&probe)
            probe.press(.character("4"), .character("5"))
            probe.type("0")
            probe.press(.enter)
        },
        Scene("payment-quota-too-large") { probe in
            twoMembers(&probe)
            probe.press(.character("4"), .character("5"))
            probe.type("5000")
            probe.press(.enter)
            probe.press(.character("5"))
            probe.type("9000")
            probe.press(.enter)
        },
        Scene("payment-quota-digits-only") { probe in
            twoMembers(&probe)
            probe.press(.character("4"), .character("5"))
            probe.type("20a")
        },
        Scene("payment-rank") { probe in
            twoMembers(&probe)
            probe.press(.character("4"))
            probe.send(.memberSharersLoaded(Fixtures.spouse.id, count: 1))
            probe.send(.memberSharersLoaded(Fixtures.youngChild.id, count: 0))
            probe.press(.character("5"))
            probe.type("2000")
            probe.press(.enter)
        },
        Scene("payment-period", settings: jiangsu, spouseDates),
        Scene("payment-period-start-in-past", settings: jiangsu) { probe in
            spouseDates(&probe)
            for _ in 0..<8 { probe.press(.backspace) }
            probe.type("20261120")
            probe.press(.enter)
            probe.type("20271120")
            probe.press(.enter)
        },
        Scene("payment-period-end-invalid", settings: jiangsu) { probe in
            spouseDates(&probe)
            probe.press(.enter)
            probe.type("20270231")
            probe.press(.enter)
        },
        Scene("payment-period-end-empty", settings: jiangsu) { probe in
            spouseDates(&probe)
            probe.press(.enter, .enter)
        },
        Scene("payment-period-end-not-after-start", settings: jiangsu) { probe in
            spouseDates(&probe)
            probe.press(.enter)
            probe.type("20261123")
            probe.press(.enter)
        },
        Scene("payment-period-start-invalid", settings: jiangsu) { probe in
            spouseDates(&probe)
            probe.press(.backspace)
            probe.press(.enter, .enter)
        },
        Scene("payment-period-start-empty", settings: jiangsu) { probe in
            spouseDates(&probe)
            for _ in 0..<8 { probe.press(.backspace) }
            probe.press(.enter, .enter)
        },
        Scene("payment-period-digits-only", settings: jiangsu) { probe in
            spouseDates(&probe)
            probe.press(.enter)
            probe.type("2027a")
        },
        Scene("letter-top", letter),
        Scene("letter-next-page") { probe in
            letter(&probe)
            probe.press(.enter)
        },
        Scene("letter-end") { probe in
            letter(&probe)
            probe.press(.end)
        },
        Scene("letter-agreed") { probe in
            letter(&probe)
            probe.press(.end, .character("1"))
        },
        Scene("letter-missing") { probe in
            probe.state.letter = nil
            letter(&probe)
        },
        Scene("letter-pin", letterPIN),
        Scene("letter-pin-incomplete") { probe in
            letterPIN(&probe)
            probe.type("123")
            probe.press(.enter)
        },
        Scene("letter-pin-digits-only") { probe in
            letterPIN(&probe)
            probe.type("12a")
        },
        Scene("letter-pin-checking") { probe in
            letterPIN(&probe)
            probe.type("123456")
            probe.press(.enter)
        },
        Scene("letter-pin-refused") { probe in
            letterPIN(&probe)
            probe.type("654321")
            probe.press(.enter)
            probe.send(.signaturePINAnswered(.refused(remainingTries: 2)))
        },
        Scene("letter-pin-service-failed") { probe in
            letterPIN(&probe)
            probe.type("123456")
            probe.press(.enter)
            probe.send(.serviceFailed)
        },
        Scene("proofs-spouse", signed),
        Scene("proofs-number") { probe in
            signed(&probe)
            probe.press(.character("1"))
            probe.type("j110105-2000-001234")
        },
        Scene("proofs-number-not-allowed") { probe in
            signed(&probe)
            probe.press(.character("1"))
            probe.type("京J110105")
        },
        Scene("proofs-number-full") { probe in
            signed(&probe)
            probe.press(.character("1"))
            probe.type(String(repeating: "9", count: 31))
        },
        Scene("proofs-child") { probe in
            signed(&probe)
            probe.press(.character("1"), .enter)
        },
        Scene("proofs-by-commitment", settings: jiangsu) { probe in
            spouseDates(&probe)
            probe.press(.enter)
            probe.type("20271122")
            probe.press(.enter, .end, .character("1"), .enter)
            probe.type("123456")
            probe.press(.enter)
            probe.send(.signaturePINAnswered(.signedIn(Fixtures.person())))
        },
        Scene("proofs-scan-reading", settings: ScanFlowTests.scanner, ScanFlowTests.scanScreen),
        Scene("proofs-scan-empty", settings: ScanFlowTests.scanner) { probe in
            ScanFlowTests.scanScreen(&probe)
            probe.send(.scanInboxListed([]))
        },
        Scene("proofs-scan-files", settings: ScanFlowTests.scanner) { probe in
            probe.state.isDemoStore = true
            ScanFlowTests.withFiles(&probe)
        },
        Scene("proofs-scan-attached", settings: ScanFlowTests.scanner, ScanFlowTests.attached),
        Scene("proofs-scan-service-failed", settings: ScanFlowTests.scanner) { probe in
            ScanFlowTests.scanScreen(&probe)
            probe.send(.serviceFailed)
        },
        refusal("empty", .empty),
        refusal("too-large", .tooLarge(bytes: 12_000_000, limit: ScanCheck.maximumBytes)),
        refusal("not-a-document", .notADocument),
        refusal("incomplete", .incomplete(.jpeg)),
        refusal("gone", .gone),
        refusal("unreadable", .unreadable),
        Scene("help-scans", settings: ScanFlowTests.scanner) { probe in
            ScanFlowTests.withFiles(&probe)
            probe.press(.function(1))
        },
        Scene("summary-scanned", settings: ScanFlowTests.scanner) { probe in
            ScanFlowTests.attached(&probe)
            probe.press(.character("1"), .character("2"), .enter)
            probe.send(.scanInboxListed([]))
            probe.press(.character("1"))
        },
        Scene("members-complete") { probe in
            summary(&probe)
            probe.press(.character("2"))
        },
        Scene("help-proofs") { probe in
            signed(&probe)
            probe.press(.function(1))
        },
        Scene("help-letter") { probe in
            letter(&probe)
            probe.press(.function(1))
        },
        Scene("help-payment") { probe in
            twoMembers(&probe)
            probe.press(.character("4"), .function(1))
        },
    ]

    @Test("Each screen in Chinese", arguments: scenes)
    func chinese(scene: Scene) {
        scene.check(in: .chinese)
    }

    @Test("Each screen in English", arguments: scenes)
    func english(scene: Scene) {
        scene.check(in: .english)
    }
}
