import Glibc
import Testing

/// The process runner that every tmux call goes through.
struct SpawnTests {
    @Test func collectsOutputAndExitStatus() throws {
        let result = try Spawn.run(["/bin/sh", "-c", "echo out; echo err >&2; exit 3"])
        #expect(result.status == .exited(3))
        #expect(result.stdout == "out\n")
        #expect(result.stderr == "err\n")
    }

    @Test func reportsDeathBySignal() throws {
        let result = try Spawn.run(["/bin/sh", "-c", "kill -TERM $$"])
        #expect(result.status == .signaled(SIGTERM))
    }

    /// The reason this runner exists: the test runner's blocked signals must not reach the child.
    /// Only the standard signals 1–31 are checked; glibc keeps 32 and 33 for itself.
    @Test func theChildBlocksAndIgnoresNoStandardSignal() throws {
        let result = try Spawn.run(["grep", "-E", "^Sig(Blk|Ign):", "/proc/self/status"])
        let masks = result.stdout.split(separator: "\n").compactMap { UInt64($0.split(separator: "\t").last ?? "", radix: 16) }
        #expect(masks.count == 2, "\(result.stdout)")
        #expect(masks.allSatisfy { $0 & 0x7fff_ffff == 0 }, "\(result.stdout)")
    }

    @Test func passesExactlyTheGivenEnvironment() throws {
        let result = try Spawn.run(["/usr/bin/env"], environment: ["ONLY": "this"])
        #expect(result.stdout == "ONLY=this\n")
    }

    @Test func killsAChildThatRunsTooLong() throws {
        let started = ContinuousClock.now
        #expect(throws: HarnessError.self) {
            try Spawn.run(["/bin/sh", "-c", "echo partial; exec sleep 600"], timeout: .milliseconds(200))
        }
        // Far below the child's own lifetime, and loose enough for a loaded machine.
        #expect(ContinuousClock.now - started < .seconds(30))
    }

    @Test func aTimeoutReportsWhatWasPrinted() throws {
        do {
            _ = try Spawn.run(["/bin/sh", "-c", "echo partial; exec sleep 600"], timeout: .milliseconds(200))
            Issue.record("the command should have timed out")
        } catch let error as HarnessError {
            #expect("\(error)".contains("stdout: partial"))
        }
    }

    @Test func aMissingProgramIsAnError() {
        #expect(throws: HarnessError.self) {
            try Spawn.run(["/nonexistent/program"])
        }
    }
}
