import FamilyAid
import Testing
@testable import KioskUI

@Suite("Key scripts: English captions and what happens offstage")
struct KeyScriptOffstageTests {
    static let nowhere = SourcePosition(line: 0, column: 0)

    @Test func anEnglishCaptionIsItsOwnStep() throws {
        #expect(try KeyScript(parsing: "<caption:按 1 开始><Caption-EN:1 begins>").unplacedSteps
            == [.caption("按 1 开始", Self.nowhere), .englishCaption("1 begins", Self.nowhere)])
    }

    @Test("offstage forms", arguments: [
        ("<review:approve 2>", OffstageAction.approve(member: 2)),
        ("<review:reject 1 PROOF_MISSING>", .reject(member: 1, .proofMissing)),
        ("<settle:11010520150520031X 300 hospital H-2026-0001>",
         .settle(member: "11010520150520031X", amount: .yuan(300), use: .hospitalSelfPay, bill: "H-2026-0001")),
        ("<settle:11010520150520031X 12.50 pharmacy P-1>",
         .settle(member: "11010520150520031X", amount: Money(fen: 1_250), use: .pharmacy, bill: "P-1")),
        ("<refund:H-2026-0001 100 R-2026-0001>", .refund(bill: "H-2026-0001", amount: .yuan(100), refund: "R-2026-0001")),
    ])
    func offstage(script: String, action: OffstageAction) throws {
        #expect(try KeyScript(parsing: script).unplacedSteps == [.offstage(action, Self.nowhere)])
    }

    @Test("malformed offstage steps say where and how they are written", arguments: [
        "<review:approve 0>", "<review:approve>", "<review:accept 1>", "<review:reject 1 DECLINED>",
        "<review:reject 1 NOPE>", "<settle:1101 300 hospital H-1>", "<settle:11010520150520031X 0 hospital H-1>",
        "<settle:11010520150520031X 300 clinic H-1>", "<refund:H-1 -5 R-1>", "<refund:H-1 5>",
    ])
    func malformed(script: String) throws {
        let error = try #require(parseError("12\n  " + script))
        #expect(error.position == SourcePosition(line: 2, column: 3))
        guard case .badOffstage = error.problem else {
            Issue.record("\(error)")
            return
        }
        #expect(error.description.contains(" is not written as <"))
    }

    @Test func theStationNamesTheProgramTheKeysGoTo() throws {
        #expect(try KeyScript(parsing: "<station:counter>1<Station:KIOSK>").unplacedSteps
            == [.station(.counter, Self.nowhere), press(.character("1")), .station(.kiosk, Self.nowhere)])
        #expect(parseError("<station:clerk>")?.problem == .badStation("clerk"))
    }

    @Test func ttybenchIsNotToldAboutThem() throws {
        let script = try KeyScript(parsing: "<caption-en:x>1<review:approve 1><refund:H 1 R>2")
        #expect(script.ttybenchKeys == "12")
    }
}
