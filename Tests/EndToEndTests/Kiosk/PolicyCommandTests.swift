import Foundation
import Testing

/// `gongji policy`: what an office uses to start its own profile file and to check it.
@Suite(.noStrayProcesses)
struct PolicyCommandTests {
    private func gongji(_ arguments: [String], in directory: String) throws -> SpawnResult {
        try Spawn.run([try ProgramUnderTest.gongji()] + arguments,
                      environment: ["HOME": directory, "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"],
                      timeout: .seconds(20))
    }

    @Test func aPrintedProfileEditedAndReadBackIsAccepted() throws {
        let directory = try ScratchDirectory.make()
        defer { ScratchDirectory.remove(directory) }
        let printed = try gongji(["policy", "--profile", "hunan-like"], in: directory)
        #expect(printed.status == .exited(0))
        #expect(printed.stdout.hasPrefix("id: hunan-like\nversion: 1\nedition: N24\n"))

        let edited = printed.stdout
            .replacingOccurrences(of: "id: hunan-like", with: "id: changsha")
            .replacingOccurrences(of: "minimum_retained: 1000.00", with: "minimum_retained: 800")
        let file = directory + "/changsha.yaml"
        try edited.write(toFile: file, atomically: true, encoding: .utf8)
        let checked = try gongji(["policy", "--policy", file], in: directory)
        #expect(checked.status == .exited(0), "\(checked.stderr)")
        #expect(checked.stdout.contains("id: changsha\n"))
        #expect(checked.stdout.contains("minimum_retained: 800.00\n"))
    }

    @Test func aBadFileIsRefusedWithTheKeyLineAndReason() throws {
        let directory = try ScratchDirectory.make()
        defer { ScratchDirectory.remove(directory) }
        let file = directory + "/bad.yaml"
        try "id: x\nversion: 1\nedition: N26\nreview: { counter: fast }\n".write(toFile: file, atomically: true, encoding: .utf8)
        let result = try gongji(["policy", "--policy", file], in: directory)
        #expect(result.status == .exited(1))
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("the policy file \(file) is refused, line 4, `review.counter`: expected `instant`"), "\(result.stderr)")
    }

    @Test func theBuiltInProfilesAreListedAndAnUnknownOneIsNamed() throws {
        let directory = try ScratchDirectory.make()
        defer { ScratchDirectory.remove(directory) }
        let listed = try gongji(["policy", "--list"], in: directory)
        #expect(listed.stdout.split(separator: "\n").map { $0.split(separator: "\t")[0] }
            == ["national-N21", "national-N24", "national-N26", "jiangsu-like", "shanghai-like", "hunan-like"])
        let unknown = try gongji(["policy", "--profile", "beijing"], in: directory)
        #expect(unknown.status == .exited(1))
        #expect(unknown.stderr.contains("no built-in policy profile is called beijing"))
    }

    @Test func theKioskAndReplayJudgeByTheChosenProfile() throws {
        let directory = try ScratchDirectory.make()
        defer { ScratchDirectory.remove(directory) }
        let script = directory + "/sign-in.keys"
        try "1110105196803150118<Enter>123456<Enter>1<expect:目前可共济的余额为 11,345.67 元>"
            .write(toFile: script, atomically: true, encoding: .utf8)
        let hunan = try gongji(["replay", script, "--profile", "hunan-like"], in: directory)
        #expect(hunan.status == .exited(0), "\(hunan.stdout)\(hunan.stderr)")
        let national = try gongji(["replay", script], in: directory)
        #expect(national.status == .exited(1))
    }

    @Test func theKioskRefusesABadFileBeforeTakingTheScreen() throws {
        let directory = try ScratchDirectory.make()
        defer { ScratchDirectory.remove(directory) }
        let file = directory + "/bad.yaml"
        try "id: x\nversion: 1\n".write(toFile: file, atomically: true, encoding: .utf8)
        let result = try gongji(["kiosk", "--demo-store", "--policy", file], in: directory)
        #expect(result.status == .exited(1))
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("give `edition` (N21, N24 or N26) or `extends`"), "\(result.stderr)")
    }
}
