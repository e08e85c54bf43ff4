import FamilyAid
import Foundation
import KioskFrame
@testable import KioskUI
import Testing

/// Correcting a rejected member at the kiosk, through `update`: proofs again for a missing
/// proof, the relation again where it was questioned, the engine's verdict before anything is
/// sent, going back, failures said in words, and what only a counter can correct.
@Suite("Correcting a rejected member")
struct RevisionFlowTests {
    static let spouse = MemberDetails(name: Fixtures.spouse.name, id: Fixtures.spouse.id, relation: .near(.spouse, .marriage))

    /// The spouse refused for a missing proof: the correction started, judged allowed.
    static func spouseProofs(_ probe: inout KioskProbe) {
        probe.openMember(.spouse)
        probe.press(.character("1"))
        probe.send(.revisionJudged(TrackingFixtures.verdict(Fixtures.spouse, .near(.spouse, .marriage))))
    }

    /// The marriage certificate with its number: the last look.
    static func spouseConfirm(_ probe: inout KioskProbe) {
        spouseProofs(&probe)
        probe.press(.character("1"))
        probe.type("J110105-2000-001234")
        probe.press(.enter)
    }

    /// The son declared a parent: the relation asked again.
    static func sonRelation(_ probe: inout KioskProbe) {
        probe.openMember(.child, [TrackingFixtures.implausible])
        probe.press(.character("1"))
    }

    @Test func aMissingProofIsCorrectedWithNewDocumentsAndSentAgain() {
        var probe = KioskProbe()
        probe.openMember(.spouse)
        #expect(probe.frame.contains("1. 修改后重新提交"))
        #expect(!probe.frame.contains("人工窗口"))
        probe.effects = []
        probe.press(.character("1"))
        #expect(probe.effects == [.judgeRevision(TrackingFixtures.number, member: 1, Self.spouse)])
        #expect(probe.screen == .revisionVerdict)
        #expect(probe.frame.contains("正在核对"))
        probe.send(.revisionJudged(TrackingFixtures.verdict(Fixtures.spouse, .near(.spouse, .marriage))))
        #expect(probe.screen == .proofSet)
        #expect(probe.frame.contains("李*英：证明夫妻关系"))
        probe.press(.character("1"))
        probe.type("J110105-2000-001234")
        probe.press(.enter)
        #expect(probe.screen == .revisionConfirm)
        #expect(probe.frame.contains("关系：配偶"))
        #expect(probe.frame.contains("证明材料：结婚证 J110105-2000-001234"))
        probe.effects = []
        probe.press(.character("1"))
        let correction = MemberCorrection(
            number: TrackingFixtures.number, member: 1, details: Self.spouse,
            proofs: [SubmittedProof(kind: .marriageCertificate, documentNumber: "J110105-2000-001234")])
        #expect(probe.effects == [.correctMember(correction)])
        #expect(probe.frame.contains("正在提交"))
        probe.effects = []
        probe.press(.character("1"))
        #expect(probe.effects.isEmpty, "keys wait for the answer")
        probe.send(.memberActed(.done(.revise)))
        #expect(probe.screen == .applicationMember)
        #expect(probe.state.session.revision == nil)
        #expect(probe.effects.last == .loadApplications(Fixtures.sharerID))
        #expect(probe.frame.contains("已修改并重新提交，将重新核验。"))
    }

    @Test func theCorrectionKeepsTheApplicationBeingMadeUntouched() {
        var probe = KioskProbe()
        probe.openMember(.spouse)
        let before = probe.state.session.proofs
        probe.press(.character("1"))
        probe.send(.revisionJudged(TrackingFixtures.verdict(Fixtures.spouse, .near(.spouse, .marriage))))
        probe.press(.character("1"))
        probe.type("A1")
        #expect(probe.state.session.proofs == before)
        #expect(probe.state.session.revision?.proofs.numbers[Fixtures.spouse.id]?[.marriageCertificate]?.text == "A1")
    }

    @Test func escGoesBackStepByStepAndOutOfTheCorrection() {
        var probe = KioskProbe()
        Self.spouseConfirm(&probe)
        probe.press(.escape)
        #expect(probe.screen == .proofSet)
        probe.press(.enter)
        #expect(probe.frame.contains("J110105-2000-001234"))
        probe.press(.escape, .escape)
        #expect(probe.screen == .applicationMember)
        #expect(probe.state.session.revision == nil)
    }

    @Test func theRelationIsChosenAgainWhereTheReviewQuestionedIt() throws {
        var probe = KioskProbe()
        Self.sonRelation(&probe)
        #expect(probe.screen == .revisionRelation)
        #expect(probe.frame.contains("原来填写的是：父母"))
        let list = RevisionFlow.relationList(probe.state)
        #expect(probe.state.focus == list.firstIndex(of: .category(.parent)))
        let child = try #require(list.firstIndex(of: .category(.child)))
        probe.press(.character(Character("\(child + 1)")))
        #expect(probe.screen == .revisionTie)
        probe.effects = []
        probe.press(.character("1"))
        var corrected = TrackingFixtures.implausible.application.members[0].details
        corrected.relation = .near(.child, .birth)
        #expect(probe.effects == [.judgeRevision(TrackingFixtures.otherNumber, member: 0, corrected)])
        probe.send(.revisionJudged(TrackingFixtures.verdict(Fixtures.youngChild, .near(.child, .birth))))
        #expect(probe.frame.contains("王*明：证明亲生父母子女关系"))
        // Esc before the first proof: the tie again, then the relation, then out.
        probe.press(.escape)
        #expect(probe.screen == .revisionTie)
        probe.press(.escape)
        #expect(probe.screen == .revisionRelation)
        #expect(probe.state.focus == child)
        probe.press(.escape)
        #expect(probe.screen == .applicationMember)
    }

    @Test func aCorrectionTheEngineRefusesIsSaidAndTheRelationMayBeChosenAgain() throws {
        var probe = KioskProbe()
        Self.sonRelation(&probe)
        let other = try #require(RevisionFlow.relationList(probe.state).firstIndex(of: .other))
        probe.press(.character(Character("\(ChoiceList.digit(other))")))
        probe.send(.revisionJudged(TrackingFixtures.verdict(Fixtures.youngChild, .other)))
        #expect(probe.screen == .revisionVerdict)
        #expect(probe.frame.contains("按修改后的内容，王*明 还不能加入"))
        #expect(probe.frame.contains("1. 重新选择关系"))
        probe.press(.character("1"))
        #expect(probe.screen == .revisionRelation)
    }

    @Test func aCheckThatCouldNotBeMadeIsSaidAndAskedAgain() {
        var probe = KioskProbe()
        probe.openMember(.spouse)
        probe.press(.character("1"))
        probe.send(.serviceFailed)
        #expect(probe.frame.contains("系统暂时无法核验修改后的内容"))
        probe.effects = []
        probe.press(.character("1"))
        #expect(probe.effects == [.judgeRevision(TrackingFixtures.number, member: 1, Self.spouse)])
    }

    @Test func aCorrectionThatCouldNotBeRecordedKeepsEverything() {
        var probe = KioskProbe()
        Self.spouseConfirm(&probe)
        probe.press(.character("1"))
        probe.send(.serviceFailed)
        #expect(probe.screen == .revisionConfirm)
        #expect(probe.frame.contains("系统暂时无法完成，什么都没有改变"))
        #expect(probe.state.session.revision?.proofs.numbers[Fixtures.spouse.id]?[.marriageCertificate]?.text == "J110105-2000-001234")
    }

    @Test func aCorrectionThatChangedNothingIsSaid() {
        var probe = KioskProbe()
        Self.spouseConfirm(&probe)
        probe.press(.character("1"))
        probe.send(.memberActed(.nothingChanged))
        #expect(probe.screen == .applicationMember)
        #expect(probe.frame.contains("您没有做任何修改"))
    }

    @Test func whatOnlyACounterCanCorrectIsNotOffered() {
        var probe = KioskProbe()
        probe.openMember(.child, [TrackingFixtures.mismatch])
        #expect(TrackingFlow.actions(probe.state).isEmpty)
        #expect(probe.frame.contains("人工窗口"))
    }

    @Test func theEndKeyMidCorrectionForgetsIt() {
        var probe = KioskProbe()
        Self.spouseProofs(&probe)
        probe.press(.function(10))
        #expect(probe.screen == .welcome)
        #expect(probe.state.session.revision == nil)
    }

    @Test func aScanCanBeHandedInWithTheCorrection() {
        var probe = KioskProbe(Fixtures.state(settings: ScanFlowTests.scanner))
        Self.spouseProofs(&probe)
        probe.press(.character("1"))
        probe.press(.enter)
        #expect(probe.screen == .proofScan)
        probe.send(.scanInboxListed([ScanFlowTests.marriage]))
        probe.press(.character("3"))
        probe.send(.scanAttached(ScanFlowTests.marriageScan))
        probe.press(.character("1"))
        #expect(probe.screen == .revisionConfirm)
        #expect(RevisionFlow.proofs(probe.state).first?.scanSHA256 == ScanFlowTests.marriageScan.sha256)
        #expect(probe.frame.contains("（附扫描件）"))
    }
}
