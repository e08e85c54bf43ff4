import FamilyAid
import Foundation
import KioskFrame
@testable import KioskUI
import Testing

/// Naming the guardian of a member under 16, through `update`: when it is asked, the refusals,
/// the registry's answer, going back and forth, F2, changing the member, and what the
/// submission carries.
@Suite("Naming a guardian")
struct GuardianFlowTests {
    @Test func aGrandsonUnder16AsksForTheGuardianAfterTheMobileNumber() {
        var probe = KioskProbe()
        probe.addGrandson()
        #expect(probe.screen == .memberGuardian)
        #expect(probe.state.session.draft.members.isEmpty, "the member is complete only with the guardian")
        #expect(probe.frame.contains("第 5 步 / 共 5 步"))
        #expect(probe.frame.contains("王*明 未满 16 岁，要由孩子的父母或其他监护人确认"))
    }

    @Test("nobody is asked for a guardian where the engine wants none", arguments: [
        ("own son under 16", Fixtures.youngChild, "31"),
        ("a spouse", Fixtures.spouse, "1"),
        ("a grandson who can never be added (an in-law's relation)", Fixtures.youngChild, "9"),
    ])
    func noGuardianAsked(label: String, person: InsuredPerson, keys: String) {
        var probe = KioskProbe()
        probe.openMembers()
        probe.addMember(person, relation: keys)
        #expect(probe.screen == .memberVerdict, "\(label)")
        #expect(probe.state.session.draft.members.first?.guardian == nil)
    }

    @Test func aYoungerBrotherAsksForTheGuardianToo() {
        var probe = KioskProbe()
        probe.openMembers(as: Fixtures.person(name: "王丽", id: Fixtures.olderChild.id, balanceFen: 210_050))
        probe.addMember(Fixtures.youngChild, relation: "41")
        #expect(probe.screen == .memberGuardian)
    }

    @Test func theHeaderCountsFiveStepsOnceTheRelationAsksForAGuardian() {
        var probe = KioskProbe()
        probe.openMembers(as: GuardianFixtures.grandmother)
        probe.press(.character("1"))
        #expect(probe.frame.contains("第 1 步 / 共 4 步"))
        probe.type(GuardianFixtures.grandson.id.number)
        probe.press(.enter)
        probe.send(.memberLookedUp(GuardianFixtures.grandson.id, GuardianFixtures.grandson))
        probe.press(.character("1"), .character("7"))
        #expect(probe.frame.contains("第 3 步 / 共 5 步"))
    }

    @Test("a number that cannot be the guardian is refused at once, without asking the registry", arguments: [
        ("the member", GuardianFixtures.grandson.id, GuardianRefusal.isTheMember, "这是 王*明 本人的号码"),
        ("the sharer", GuardianFixtures.grandmother.id, .isTheSharer, "这是您本人的号码"),
        ("someone of 16", GuardianFixtures.teenager, .underAge(16), "此人现在 16 岁，未满 18 周岁，不能作为监护人"),
    ])
    func refusedAtOnce(label: String, id: ResidentID, refusal: GuardianRefusal, words: String) {
        var probe = KioskProbe()
        probe.addGrandson()
        probe.effects = []
        probe.type(id.number)
        probe.press(.enter)
        #expect(probe.effects.isEmpty, "\(label)")
        #expect(probe.screen == .memberGuardian)
        #expect(probe.state.session.draft.form?.guardian.refusal == refusal)
        #expect(probe.frame.contains(words))
        probe.press(.backspace)
        #expect(probe.state.session.draft.form?.guardian.refusal == nil, "a correction clears the refusal")
    }

    @Test func aNumberTheRegistryDoesNotKnowIsRefusedAfterTheLookUp() {
        var probe = KioskProbe()
        probe.addGrandson()
        probe.effects = []
        probe.type(KioskProbe.textbookNumber)
        probe.press(.enter)
        let id = Fixtures.id("11010519491231002")
        #expect(probe.effects == [.lookUpGuardian(id)])
        #expect(probe.frame.contains("正在医保系统中查询"))
        probe.send(.guardianLookedUp(id, nil))
        #expect(probe.screen == .memberGuardian)
        #expect(probe.state.session.draft.form?.guardian.refusal == .notInRegistry)
        #expect(probe.frame.contains("医保系统中没有查到这个证件号码"))
    }

    @Test func aKnownAdultIsShownMaskedAndConfirmingCompletesTheMember() {
        var probe = KioskProbe()
        probe.addGrandson()
        probe.nameGuardian()
        #expect(probe.screen == .memberGuardianPerson)
        #expect(probe.frame.contains("王*国") && probe.frame.contains("110105********0118"))
        #expect(!probe.frame.contains(GuardianFixtures.father.id.number), "the number is masked once it is out of the field")
        probe.press(.character("1"))
        #expect(probe.screen == .memberVerdict)
        #expect(probe.state.session.draft.members.map(\.guardian) == [GuardianFixtures.father])
        #expect(probe.state.session.draft.form == nil)
        #expect(probe.frame.contains("- 由 王*国（监护人）确认（此人未满 16 岁）"))
        probe.press(.character("1"))
        #expect(probe.frame.contains("1. 王*明，孙子女：可以添加，由 王*国（监护人）确认"))
    }

    @Test func escapeGoesBackAStepKeepingWhatWasTyped() {
        var probe = KioskProbe()
        probe.addGrandson()
        probe.type("1101051968")
        probe.press(.escape)
        #expect(probe.screen == .memberMobile)
        #expect(probe.state.session.draft.form?.mobile.text == "13800138002")
        probe.press(.enter)
        #expect(probe.screen == .memberGuardian)
        #expect(probe.state.session.draft.form?.guardian.idNumber.text == "1101051968")
        probe.type("03150118")
        probe.press(.enter)
        probe.send(.guardianLookedUp(GuardianFixtures.father.id, GuardianFixtures.father))
        probe.press(.escape)
        #expect(probe.screen == .memberGuardian)
        probe.effects = []
        probe.press(.enter)
        #expect(probe.screen == .memberGuardianPerson, "the registry answered for this number already")
        #expect(probe.effects.isEmpty)
        probe.press(.character("2"))
        #expect(probe.screen == .memberGuardian)
        #expect(probe.state.session.draft.form?.guardian.idNumber.text == GuardianFixtures.father.id.number)
    }

    @Test func f2SwitchesLanguageKeepingTheNumber() {
        var probe = KioskProbe()
        probe.addGrandson()
        probe.type("110105196803")
        probe.press(.function(2))
        #expect(probe.frame.contains("王*明 is under 16, so a parent or guardian must confirm"))
        #expect(probe.frame.contains("110105196803"))
        probe.press(.function(2))
        #expect(probe.frame.contains("监护人的证件号码"))
        #expect(probe.state.session.draft.form?.guardian.idNumber.text == "110105196803")
    }

    @Test func anAnswerForANumberNoLongerAskedIsDroppedAndAFailureMayBeTriedAgain() {
        var probe = KioskProbe()
        probe.addGrandson()
        probe.type(GuardianFixtures.father.id.number)
        probe.press(.enter)
        probe.send(.serviceFailed)
        #expect(probe.state.session.draft.form?.guardian.lookup == .failed)
        #expect(probe.frame.contains("系统暂时无法查询"))
        probe.effects = []
        probe.press(.enter)
        #expect(probe.effects == [.lookUpGuardian(GuardianFixtures.father.id)])
        probe.press(.backspace)
        probe.type("9")
        probe.send(.guardianLookedUp(GuardianFixtures.father.id, GuardianFixtures.father))
        #expect(probe.screen == .memberGuardian)
        #expect(probe.state.session.draft.form?.guardian.lookup.person == nil)
    }

    @Test func aCardOnTheReaderIsTheGuardiansNumberTypedAndSent() {
        var probe = KioskProbe()
        probe.addGrandson()
        probe.effects = []
        probe.send(.identityRead(GuardianFixtures.father.id.number))
        #expect(probe.effects == [.lookUpGuardian(GuardianFixtures.father.id)])
    }

    @Test func changingTheMemberKeepsTheGuardianOrDropsItWhenNoLongerNeeded() {
        var probe = KioskProbe()
        probe.addGrandsonWithGuardian()
        probe.press(.character("2"))
        #expect(probe.state.session.draft.form?.guardian.lookup.person == GuardianFixtures.father)
        // The same answers again: the guardian is offered as named, and kept.
        probe.press(.enter, .character("1"), .character("7"), .character("1"), .enter)
        #expect(probe.screen == .memberGuardian)
        probe.press(.enter)
        #expect(probe.screen == .memberGuardianPerson)
        probe.press(.character("1"))
        #expect(probe.state.session.draft.members.map(\.guardian) == [GuardianFixtures.father])
        // Changed to the sharer's own child, who needs no guardian: complete without one.
        probe.press(.character("2"), .enter, .character("1"), .character("3"), .character("1"), .enter)
        #expect(probe.screen == .memberVerdict)
        #expect(probe.state.session.draft.members.count == 1)
        #expect(probe.state.session.draft.members[0].relation == .near(.child, .birth))
        #expect(probe.state.session.draft.members[0].guardian == nil)
    }

    @Test func theSubmissionCarriesTheGuardianAndTheReceiptRemindsThem() throws {
        var probe = KioskProbe()
        probe.reachGuardianSummary()
        #expect(probe.frame.contains("监护人：王*国（提交后由其确认）"))
        probe.effects = []
        probe.press(.character("1"))
        guard case .submitApplication(let submission)? = probe.effects.last else {
            Issue.record("no submission: \(probe.effects)")
            return
        }
        let member = try #require(submission.members.first)
        #expect(member.details.guardian == GuardianFixtures.father.id)
        #expect(member.guardianName == PersonName("王建国"))
        #expect(member.confirmations == [.guardian, .sharer])
        probe.send(.applicationSubmitted(ScreenGoldenTests.receipt))
        #expect(probe.state.session.submission.awaitingConfirmation == ["王*国"])
        #expect(probe.frame.contains("请提醒 王*国"))
    }

    @Test func aGuardianOpensTheInvitationAndConfirmsAsGuardian() {
        var probe = KioskProbe()
        probe.reachHome(as: GuardianFixtures.father, invitations: [GuardianFixtures.invitation])
        probe.press(.character("1"))
        #expect(probe.frame.contains("1. 张*兰 邀请您作为 王*明 的监护人确认，请于 2026-11-26 前答复"))
        probe.press(.character("1"))
        #expect(probe.frame.contains("张*兰 邀请您作为 王*明 的监护人确认家庭共济"))
        probe.effects = []
        probe.press(.character("1"))
        #expect(probe.effects == [.answerInvitation(GuardianFixtures.invitation.number, member: 0, party: .guardian, accept: true)])
    }

    @Test func aGuardianDeclinesAfterTheSecondQuestion() {
        var probe = KioskProbe()
        probe.reachHome(as: GuardianFixtures.father, invitations: [GuardianFixtures.invitation])
        probe.press(.character("1"), .character("1"), .character("2"))
        #expect(probe.frame.contains("这份申请中 王*明 的部分就此结束"))
        probe.effects = []
        probe.press(.character("1"))
        #expect(probe.effects == [.answerInvitation(GuardianFixtures.invitation.number, member: 0, party: .guardian, accept: false)])
        probe.send(.invitationAnswered(.declined))
        #expect(probe.frame.contains("张*兰 的这份申请中，王*明 的部分已结束"))
    }
}
