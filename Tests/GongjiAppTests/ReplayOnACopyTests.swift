import Foundation
@testable import GongjiApp
import KioskFrame
import KioskStore
import Testing

/// Support staff replay what a resident did against a copy of the kiosk's own store.
@Suite("Headless replay on a kiosk's store")
struct ReplayOnACopyTests {
    @Test func aRealStoreIsReplayedAsItIsWithoutDemoResidents() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("copy.sqlite")
        _ = try KioskDatabase.open(at: path).install(originID: "K7M2QX", isDemo: false, now: ReplayRunner.defaultStart)
        let outcome = try ReplayTests().replay(text: "1110105196803150118<Enter>123456<Enter><wait:2000>", store: path)
        #expect(outcome.succeeded, "\(outcome.problem ?? "")")
        #expect(!outcome.output.contains("演示"), "no demo badge on a real store")
        #expect(outcome.output.contains("证件号码或密码不正确"), "the demo residents are not added to it")
        #expect(try KioskDatabase.open(at: path).insuredPerson(idNumber: "110105196803150118") == nil)
    }
}
