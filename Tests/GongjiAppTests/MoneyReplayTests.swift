import FamilyAid
import Foundation
@testable import GongjiApp
import KioskFrame
import KioskStore
import KioskUI
import Testing

/// Replays of the money screens against a demo store in which sharing and spending were made to
/// exist through the store first (`DemoSharing`).
@Suite("Headless replay: money after a sharing is live")
struct MoneyReplayTests {
    func replay(_ name: String, store: String, start: Date = ReplayRunner.defaultStart) throws -> ReplayRunner.Outcome {
        let text = try String(contentsOf: ReplayTests.scripts.appendingPathComponent(name), encoding: .utf8)
        return try ReplayRunner.run(
            scriptText: text, scriptName: name, storePath: store, size: Size(columns: 80, rows: 24),
            start: start, screensPath: ScreensDirectory.sourceCheckout.path,
            environment: [:], executablePath: "/nonexistent/gongji", everyFrame: false)
    }

    @Test("Scripts that must pass", arguments: ["sharing-unbind.keys", "spending-sharer.keys", "spending-member.keys", "premium-child.keys"])
    func scriptPasses(name: String) throws {
        let directory = try TemporaryDirectory()
        let store = directory.path("demo.sqlite")
        try DemoSharing.prepare(at: store)
        let outcome = try replay(name, store: store)
        #expect(outcome.succeeded, "\(outcome.problem ?? "")\n\(outcome.output)")
    }

    @Test func theUnbindingIsInTheStoreWithTheQuotaBackInTheAccount() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("demo.sqlite")
        let before = try DemoSharing.prepare(at: path).insuredPerson(idNumber: DemoSharing.sharer)!.balanceFen
        #expect(try replay("sharing-unbind.keys", store: path).succeeded)
        let store = try KioskDatabase.open(at: path)
        #expect(try store.insuredPerson(idNumber: DemoSharing.sharer)!.balanceFen == before + 80_000)
        let child = try DemoSharing.id(DemoSharing.child)
        #expect(try store.relationships(asMember: child).first?.relationship.state.stage == .ended)
    }

    @Test func outsideTheWindowTheScreenSaysSo() throws {
        let directory = try TemporaryDirectory()
        let store = directory.path("demo.sqlite")
        try DemoSharing.prepare(at: store)
        let outcome = try replay("premium-outside-window.keys", store: store, start: DemoSharing.at("2027-01-05", hour: 9))
        #expect(outcome.succeeded, "\(outcome.problem ?? "")\n\(outcome.output)")
    }

    @Test func thePaidContributionIsInTheStoreOnce() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("demo.sqlite")
        try DemoSharing.prepare(at: path)
        #expect(try replay("premium-child.keys", store: path).succeeded)
        let paid = try KioskDatabase.open(at: path).premiums(forMember: try DemoSharing.id(DemoSharing.child))
        #expect(paid.map(\.coverageYear) == [2027])
        #expect(paid.map(\.amount) == [.yuan(400)])
    }
}
