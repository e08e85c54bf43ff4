import FamilyAid
import Foundation
import Testing

/// The real program killed with SIGKILL (a power cut, `kill -9`) at seeded random moments while
/// it submits applications, imports a bundle and seeds a store: every time the store opens,
/// verifies and holds each application wholly or not at all. The moments are spread over the
/// time a whole run takes, measured first, so they fall in opening, migrating, checking
/// passwords, writing and committing alike.
@Suite("Killed at any moment", .serialized)
struct CrashSafetyTests {
    /// Kills per workload: 3 × 70 in all.
    static let kills = 70

    /// Where the moments come from; a failure names its kill, which this seed replays.
    static let seed: UInt64 = 8

    @Test("submitting: every kill leaves the samples submitted so far whole")
    func killedWhileSubmitting() throws {
        let directory = try TemporaryDirectory()
        let gongji = try GongjiBinary(home: directory.path("home"), password: "review-demo")
        let store = directory.path("kiosk.sqlite")
        let submit = ["review", "--demo-store", "--store", store, "--add-sample"]
        _ = try gongji.timeOfWholeRun(submit)  // makes the demo store
        // The quickest of three: one slowed by a loaded machine would spread the kills past the
        // end of most runs.
        let whole = try (1...3).map { _ in try gongji.timeOfWholeRun(submit) }.min()!
        var moments = Moments(seed: Self.seed, across: whole)
        var finished = 0

        for kill in 1...Self.kills {
            let before = StoreWholeness.check(store)
            if try gongji.run(submit, killAfter: moments.next()) == .exited(0) { finished += 1 }
            let after = StoreWholeness.check(store)
            #expect(after.problems.isEmpty, "kill \(kill): \(after)")
            #expect([before.applications, before.applications + 1].contains(after.applications), "kill \(kill): \(before) then \(after)")
        }
        #expect(finished < Self.kills / 2, "most runs are cut short (\(finished) of \(Self.kills) finished)")
    }

    @Test("importing a bundle: every kill leaves all of it or none of it")
    func killedWhileImporting() throws {
        let directory = try TemporaryDirectory()
        let counter = try GongjiBinary(home: directory.path("counter"), password: "review-demo")
        let supervisor = try GongjiBinary(home: directory.path("counter"), password: "supervise-demo")
        let samples = 3
        for _ in 1...samples { try counter.run(["review", "--demo-store", "--add-sample"]) }
        try counter.run(["review", "--demo-store", "DEM001-000001-2", "--member", "2", "--approve"])
        let bundle = directory.path("counter.gjb")
        #expect(try supervisor.run(["export", "--demo-store", "--as", "demo-supervisor", "--to", bundle]) == .exited(0))
        let keyFile = directory.path("key.txt")
        #expect(try supervisor.run(["key", "--demo-store"], output: keyFile) == .exited(0))
        let keyLines = try String(contentsOfFile: keyFile, encoding: .utf8).split(separator: "\n")
        let publicKey = try #require(keyLines.last?.split(separator: " ").last.map(String.init))

        // The central office as it stands before the bundle, copied afresh for every kill.
        let central = directory.path("central.sqlite")
        let office = ["--demo-store", "--store", central, "--demo-origin", "DEM009"]
        #expect(try supervisor.run(["trust", "DEM001", publicKey, "--as", "demo-supervisor"] + office) == .exited(0))
        let empty = StoreWholeness.check(central)
        let target = directory.path("target.sqlite")
        let importing = ["import", bundle, "--demo-store", "--store", target, "--demo-origin", "DEM009", "--as", "demo-supervisor"]
        try replace(target, with: central)
        let whole = try supervisor.timeOfWholeRun(importing)
        let imported = StoreWholeness.check(target)
        #expect(imported.problems.isEmpty && imported.applications == empty.applications + samples, "\(imported)")
        var moments = Moments(seed: Self.seed, across: whole)
        var applied = 0

        for kill in 1...Self.kills {
            try replace(target, with: central)
            _ = try supervisor.run(importing, killAfter: moments.next())
            let after = StoreWholeness.check(target)
            #expect(after.problems.isEmpty, "kill \(kill): \(after)")
            let all = (after.applications, after.members, after.relationships) == (imported.applications, imported.members, imported.relationships)
            let none = (after.applications, after.members, after.relationships) == (empty.applications, empty.members, empty.relationships)
            #expect(all || none, "kill \(kill): \(after)")
            if all { applied += 1 }
        }
        #expect(applied < Self.kills / 2, "most imports are cut short (\(applied) of \(Self.kills) applied)")
    }

    @Test("seeding a new store: every kill leaves all of it or none of it")
    func killedWhileSeeding() throws {
        let directory = try TemporaryDirectory()
        let gongji = try GongjiBinary(home: directory.path("home"), password: "")
        let seeding = { (store: String) in
            ["seed", "--residents", "400", "--applications", "600", "--as-of", "2026-11-30", "--store", store]
        }
        let whole = try gongji.timeOfWholeRun(seeding(directory.path("whole.sqlite")))
        let seeded = StoreWholeness.check(directory.path("whole.sqlite"))
        #expect(seeded.problems.isEmpty && seeded.applications >= 600, "\(seeded)")
        var moments = Moments(seed: Self.seed, across: whole)
        var cutShort = 0

        for kill in 1...Self.kills {
            let store = directory.path("seed-\(kill).sqlite")
            _ = try gongji.run(seeding(store), killAfter: moments.next())
            guard FileManager.default.fileExists(atPath: store) else { cutShort += 1; continue }
            let after = StoreWholeness.check(store)
            #expect(after.problems.isEmpty, "kill \(kill): \(after)")
            #expect([0, seeded.applications].contains(after.applications), "kill \(kill): \(after)")
            if after.applications == 0 { cutShort += 1 }
            for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: store + suffix) }
        }
        #expect(cutShort > Self.kills / 2, "most seedings are cut short (\(Self.kills - cutShort) of \(Self.kills) finished)")
    }

    /// Puts a fresh copy of the closed store `source` at `target`: its file and any write-ahead
    /// log it kept (the shared-memory index is made anew).
    private func replace(_ target: String, with source: String) throws {
        let manager = FileManager.default
        for suffix in ["", "-wal", "-shm"] { try? manager.removeItem(atPath: target + suffix) }
        for suffix in ["", "-wal"] where manager.fileExists(atPath: source + suffix) {
            try manager.copyItem(atPath: source + suffix, toPath: target + suffix)
        }
    }
}

/// Seeded moments to kill at, spread evenly over a little more than a whole run.
struct Moments {
    private var generator: SeedRandom
    private let span: Double

    init(seed: UInt64, across whole: Duration) {
        generator = SeedRandom(seed: seed)
        span = Double(whole.components.seconds) + Double(whole.components.attoseconds) / 1e18
    }

    mutating func next() -> Duration {
        .seconds(Double.random(in: 0..<(span * 1.1), using: &generator))
    }
}
