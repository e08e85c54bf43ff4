import FamilyAid
import Foundation
import KioskFrame
@testable import KioskUI
import Testing

/// Choosing proof references, through `update`: one set per proof, each document's number,
/// going back without losing anything, F2 mid-form, the PIN pad alone, 承诺制, walking away.
@Suite("Proof references")
struct ProofFlowTests {
    @Test func eachMemberGetsASetAndTheNumbersAreKept() {
        var probe = KioskProbe()
        ScreenGoldenTests.signed(&probe)
        #expect(probe.screen == .proofSet)
        probe.press(.character("1"))
        #expect(probe.screen == .proofNumber)
        probe.type("j1101-0012")
        probe.press(.enter)
        #expect(probe.frame.contains("王*明：证明亲生父母子女关系"))
        probe.press(.character("2"), .enter)
        #expect(probe.screen == .applicationSummary)
        let references = ProofFlow.references(probe.state)
        #expect(references[Fixtures.spouse.id]?.map(\.kind) == [.marriageCertificate])
        #expect(references[Fixtures.spouse.id]?.first?.documentNumber == "J1101-0012")
        #expect(references[Fixtures.youngChild.id]?.map(\.kind) == [.birthCertificate])
        #expect(references[Fixtures.youngChild.id]?.first?.documentNumber == nil)
    }

    @Test func escGoesBackStepByStepKeepingEverything() {
        var probe = KioskProbe()
        ScreenGoldenTests.signed(&probe)
        probe.press(.character("1"))
        probe.type("A12")
        probe.press(.enter)
        probe.press(.escape)
        #expect(probe.frame.contains("李*英：证明夫妻关系"))
        #expect(probe.state.focus == 0)
        probe.press(.enter)
        #expect(probe.frame.contains("A12"))
        probe.press(.escape, .escape)
        #expect(probe.screen == .commitmentLetter)
        #expect(probe.state.session.letter.signature != nil)
    }

    @Test func onlyLettersDigitsAndHyphensAreTakenAndTheRestIsSaid() {
        var probe = KioskProbe()
        ScreenGoldenTests.signed(&probe)
        probe.press(.character("1"))
        probe.type("ab 号-１2Ｃ")
        #expect(ProofFlow.numberField(probe.state).text == "AB-12C", "full-width digits and letters are the ASCII ones")
        #expect(probe.state.session.activeProofs.numberNotice == .notAllowed(" "), "the first refused character is said")
        #expect(probe.frame.contains("编号中不能有“ ”"))
        probe.press(.backspace)
        #expect(ProofFlow.numberField(probe.state).text == "AB-12")
        #expect(probe.state.session.activeProofs.numberNotice == nil, "a correction clears it")
        probe.type("\u{200F}")
        #expect(probe.state.session.activeProofs.numberNotice == nil, "an invisible mark is dropped without a word")
        probe.type(String(repeating: "9", count: 30))
        #expect(probe.state.session.activeProofs.numberNotice == .full(capacity: 30))
        probe.press(.enter)
        #expect(probe.state.session.activeProofs.numberNotice == nil, "the next document starts without it")
    }

    @Test func theLanguageKeyMidNumberKeepsIt() {
        var probe = KioskProbe()
        ScreenGoldenTests.signed(&probe)
        probe.press(.character("1"))
        probe.type("12")
        probe.press(.function(2))
        #expect(probe.frame.contains("Number on the marriage certificate"))
        probe.type("34")
        #expect(ProofFlow.numberField(probe.state).text == "1234")
    }

    @Test func underCommitmentLettersTheScreenSaysProofsAreOptional() {
        var probe = KioskProbe(Fixtures.state(settings: ScreenGoldenTests.jiangsu))
        ScreenGoldenTests.spouseDates(&probe)
        probe.press(.enter)
        probe.type("20271122")
        probe.press(.enter, .end, .character("1"), .enter)
        probe.type("123456")
        probe.press(.enter)
        probe.send(.signaturePINAnswered(.signedIn(Fixtures.person())))
        #expect(probe.frame.contains("证明材料可以不提供"))
        probe.press(.character("1"))
        #expect(probe.screen == .applicationSummary)
        #expect(ProofFlow.references(probe.state)[Fixtures.spouse.id]?.map(\.kind) == [.commitmentLetter])
    }

    @Test func walkingAwayForgetsTheProofs() {
        var probe = KioskProbe()
        ScreenGoldenTests.signed(&probe)
        probe.press(.character("1"))
        probe.type("A12")
        probe.press(.function(10))
        #expect(probe.state.session.proofs == ProofDraft())
    }
}
