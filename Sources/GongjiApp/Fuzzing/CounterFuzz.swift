import FamilyAid
import Foundation
import KioskFrame
import KioskStore
import KioskUI
import Logging

/// Random input through the counter console's update and view, as `KioskFuzz` does for the
/// kiosk: a demo store in memory with the review sample in its queue, the demo operators' IDs and
/// passwords among the things typed, every frame held to its invariants.
public struct CounterFuzz {
    private var driver: CounterDriver
    private var input: FuzzInput
    private var random: SeedRandom
    private var now: Date
    private var report: FuzzReport
    private var targets: [TapTarget] = []

    public init(seed: UInt64, catalog: Catalog, calendar: WorkingDayCalendar, policy: PolicyProfile = .kioskDefault) throws {
        let start = KioskFuzz.start
        let database = try DemoStore.inMemory(now: start, pinCost: .fastForTests)
        _ = try DemoReviewSample.add(to: database, profile: policy, calendar: calendar, now: start)
        let performer = CounterEffectPerformer(
            database: database, logger: Logger(label: "gongji.fuzz") { _ in SwiftLogNoOpLogHandler() },
            policy: policy, calendar: calendar,
            // A folder that is never there: every scan reads as missing, nothing is written.
            documents: DocumentFolder(directory: URL(fileURLWithPath: "/nonexistent/gongji-fuzz-documents")))
        let state = CounterState(catalog: catalog, isDemoStore: true, size: Size(columns: 80, rows: 24), now: start)
        driver = CounterDriver(state: state, performer: performer)
        let accounts = [DemoOperators.reviewer, DemoOperators.supervisor, DemoOperators.clerk]
        input = FuzzInput(
            phrases: accounts.flatMap { [$0.id, $0.password] } + [
                "DEM001-000001", "110105196803150118", "王建国", "a note", "demo-nobody", "wrong-password",
            ],
            // Each field emptied first, since the run may have left anything in it.
            ways: accounts.map { "<Home><Del*40>\($0.id)<Enter><Home><Del*40>\($0.password)<Enter>" }
                + ["1", "1<wait:10>1"].map {
                    "<Home><Del*40>\(DemoOperators.reviewer.id)<Enter><Home><Del*40>\(DemoOperators.reviewer.password)<Enter>\($0)"
                })
        random = SeedRandom(seed: seed)
        now = start
        report = FuzzReport(what: "counter console", seed: seed)
    }

    /// Sends `events` events, or fewer: as many as make `inputs` keys, taps and resizes, or fit
    /// before `deadline`.
    public mutating func run(events: Int, inputs: Int = .max, deadline: Date? = nil) -> FuzzReport {
        let began = Date()
        for index in 0..<events {
            if report.hasRunOut(inputs: inputs, deadline: deadline, before: index) { break }
            send(input.next(using: &random, size: driver.state.size, targets: targets))
            let rendering = Counter.view(driver.state)
            targets = rendering.targets
            report.check(
                rendering, terminal: driver.state.size, after: index + 1,
                on: driver.state.isLocked ? "locked" : "\(driver.state.screen)")
        }
        report.seconds = Date().timeIntervalSince(began)
        return report
    }

    private mutating func send(_ step: FuzzInput.Step) {
        let at = now
        switch step {
        case .event(let event):
            guard let event = CounterEvent(event) else { return }
            driver.dispatch(event, now: at, clock: { at })
            report.inputs += 1
        case .typing(let text):
            for character in text { driver.dispatch(.key(.character(character)), now: at, clock: { at }) }
            report.inputs += text.count
        case .keys(let keys):
            // Who knows the way looks where the cursor is: on the password, Tab goes back to the ID.
            let form = driver.state.lock ?? driver.state.login
            let keys = (form.focus == 1 ? [.tab] : []) + keys
            for key in keys { driver.dispatch(.key(key), now: at, clock: { at }) }
            report.inputs += keys.count
        case .wait(let seconds):
            now = now.addingTimeInterval(seconds)
            let later = now
            driver.dispatch(.tick, now: later, clock: { later })
        }
    }
}
