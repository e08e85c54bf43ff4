import Foundation
import Testing

/// gongji's commands that need no terminal: `verify` and `replay`, run as a support person would.
@Suite(.noStrayProcesses)
struct CommandLineTests {
    private func gongji(_ arguments: [String], home: String) throws -> SpawnResult {
        try Spawn.run([try ProgramUnderTest.gongji()] + arguments,
                      environment: ["HOME": home, "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"],
                      timeout: .seconds(20))
    }

    @Test func verifyReportsOkThenTheFirstTamperedEvent() throws {
        let directory = try ScratchDirectory.make()
        defer { ScratchDirectory.remove(directory) }
        let store = directory + "/demo.sqlite"
        let script = directory + "/sign-in.keys"
        try "1110105196803150118<Enter>123456<Enter>1".write(toFile: script, atomically: true, encoding: .utf8)
        #expect(try gongji(["replay", script, "--store", store], home: directory).status == .exited(0))

        let ok = try gongji(["verify", "--store", store], home: directory)
        #expect(ok.status == .exited(0))
        #expect(ok.stdout.hasPrefix("ok: 6 events in 1 origin"), "install, registry, three demo operators, sign-in: \(ok.stdout)")

        let tamper = try Spawn.run(["sqlite3", store,
            "DROP TRIGGER journal_event_is_never_updated; UPDATE journal_event SET payload = '{}' WHERE sequence = 2;"])
        #expect(tamper.status == .exited(0), "\(tamper.stderr)")
        let broken = try gongji(["verify", "--store", store], home: directory)
        #expect(broken.status == .exited(1))
        #expect(broken.stdout.contains("broken: origin DEM001, event 2"), "\(broken.stdout)")
    }

    @Test func verifyWithoutAStoreSaysSo() throws {
        let directory = try ScratchDirectory.make()
        defer { ScratchDirectory.remove(directory) }
        let result = try gongji(["verify", "--store", directory + "/none.sqlite"], home: directory)
        #expect(result.status == .exited(1))
        #expect(result.stderr.contains("no store at"))
    }

    @Test func replayPrintsTheFinalScreenAndFailsOnAMissedExpectation() throws {
        let directory = try ScratchDirectory.make()
        defer { ScratchDirectory.remove(directory) }
        let good = directory + "/good.keys"
        try "1<expect:证件号码（18 位）>".write(toFile: good, atomically: true, encoding: .utf8)
        let passed = try gongji(["replay", good], home: directory)
        #expect(passed.status == .exited(0))
        #expect(passed.stdout.contains("请输入您的证件号码"))

        let bad = directory + "/bad.keys"
        try "1\n<expect:不会出现>".write(toFile: bad, atomically: true, encoding: .utf8)
        let failed = try gongji(["replay", bad], home: directory)
        #expect(failed.status == .exited(1))
        #expect(failed.stderr.contains("bad.keys: line 2, column 1: expected \"不会出现\""), "\(failed.stderr)")

        let broken = directory + "/broken.keys"
        try "1<Bogus>".write(toFile: broken, atomically: true, encoding: .utf8)
        let refused = try gongji(["replay", broken, "--size", "100x30"], home: directory)
        #expect(refused.status == .exited(1))
        #expect(refused.stderr.contains("broken.keys: line 1, column 2"), "\(refused.stderr)")
    }
}
