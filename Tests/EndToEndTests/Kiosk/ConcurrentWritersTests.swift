import Foundation
import Glibc
import Testing

/// A kiosk, a counter and a seeding, each its own process, writing one store at the same time:
/// the kiosk signs residents in over and over, the counter submits applications with
/// `gongji review --add-sample`, and `gongji seed` writes its batches. Everyone waits their turn:
/// no error reaches a screen or an exit status, nothing written is lost, and the journal counts
/// exactly what each of them did.
@Suite(.noStrayProcesses)
struct ConcurrentWritersTests {
    static let sharer = "110105196803150118"

    private static func gongji(_ arguments: [String], home: String, password: String = "supervise-demo") throws -> SpawnResult {
        try Spawn.run(
            [try ProgramUnderTest.gongji()] + arguments,
            environment: ["HOME": home, "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "GONGJI_OPERATOR_PASSWORD": password],
            timeout: .seconds(120))
    }

    @Test func aKioskACounterAndASeedingWriteOneStoreAtOnce() async throws {
        let home = try ScratchDirectory.make()
        defer { ScratchDirectory.remove(home) }
        let store = home + "/demo.sqlite"
        let made = try Self.gongji(["review", "--demo-store", "--store", store, "--list"], home: home, password: "review-demo")
        #expect(made.status == .exited(0), "\(made.stderr)")

        let kiosk = try TmuxSession.gongji(["--demo-store", "--store", store])
        try await kiosk.waitFor(text: "F10 结束办理", timeout: .seconds(20))
        let seedingDone = Flag()

        let seeding = Task.detached {
            defer { seedingDone.raise() }
            return try Self.gongji(
                ["seed", "--residents", "8000", "--applications", "12000", "--as-of", "2026-11-30", "--store", store], home: home)
        }
        let counter = Task.detached { () throws -> [SpawnResult] in
            var runs: [SpawnResult] = []
            repeat {
                runs.append(try Self.gongji(["review", "--demo-store", "--store", store, "--add-sample"], home: home, password: "review-demo"))
            } while !seedingDone.isRaised || runs.count < 3
            return runs
        }

        // The kiosk: a resident signs in and ends the session, again and again, until the others are done.
        var signIns = 0
        repeat {
            try await kiosk.send(keys: "1\(Self.sharer)<Enter>")
            try await kiosk.waitFor(text: "密码（6 位数字）")
            try await kiosk.send(keys: "123456<Enter>")
            let screen = try await kiosk.waitFor(text: "1. 是我本人，继续", timeout: .seconds(20))
            #expect(!screen.contains("暂时无法"), "no error reaches the screen\n\(screen)")
            signIns += 1
            try await kiosk.send(keys: "<F10>")
            try await kiosk.waitFor(text: "1. 办理家庭共济")
        } while !seedingDone.isRaised || signIns < 3

        let seeded = try await seeding.value
        let submissions = try await counter.value
        try await kiosk.signal(SIGTERM)
        #expect(try await kiosk.waitForExit() == 0)

        #expect(seeded.status == .exited(0), "\(seeded.stderr)")
        #expect(seeded.stdout.contains("8000 residents, 12000 applications"), "\(seeded.stdout)")
        for run in submissions { #expect(run.status == .exited(0), "\(run.stderr)") }

        let verified = try Self.gongji(["verify", "--store", store], home: home)
        #expect(verified.status == .exited(0) && verified.stdout.hasPrefix("ok"), "\(verified.stdout)\(verified.stderr)")
        let audit = try Self.gongji(["audit", "--demo-store", "--store", store, "--as", "demo-supervisor"], home: home)
        #expect(audit.status == .exited(0), "\(audit.stderr)")
        // An audit line: the time, the origin, #sequence, the kind, what it says.
        let kinds = audit.stdout.split(separator: "\n").map { line in
            let words = line.split(separator: " ")
            return words.firstIndex { $0.hasPrefix("#") }.flatMap { words.indices.contains($0 + 1) ? String(words[$0 + 1]) : nil } ?? ""
        }
        #expect(kinds.filter { $0 == "signin.succeeded" }.count == signIns, "every sign-in at the kiosk is journaled once")
        #expect(kinds.filter { $0 == "application.submitted" }.count == submissions.count, "every submission at the counter")
        #expect(kinds.filter { $0 == "demo.seeded" }.count >= 2, "the seeding's batches")
        print("concurrent writers: \(signIns) kiosk sign-ins, \(submissions.count) counter submissions, seeding of 12000 applications; \(kinds.count) events")
    }
}

/// Raised once by one task, read by others.
private final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var raised = false

    func raise() { lock.withLock { raised = true } }
    var isRaised: Bool { lock.withLock { raised } }
}
