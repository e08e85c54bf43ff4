import Foundation
import Glibc
import Testing

/// `gongji backup` while a kiosk runs on the same store, and the copy put back in its place.
@Suite(.noStrayProcesses)
struct BackupCommandTests {
    private func gongji(_ arguments: [String], home: String) throws -> SpawnResult {
        try Spawn.run([try ProgramUnderTest.gongji()] + arguments,
                      environment: ["HOME": home, "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "GONGJI_OPERATOR_PASSWORD": "supervise-demo"],
                      timeout: .seconds(20))
    }

    @Test func aCopyTakenWhileTheKioskRunsVerifiesAndServesAfterARestore() async throws {
        let directory = try ScratchDirectory.make()
        defer { ScratchDirectory.remove(directory) }
        let store = directory + "/demo.sqlite"
        let kiosk = try TmuxSession.gongji(["--demo-store", "--store", store])
        try await kiosk.waitFor(text: "F10 结束办理", timeout: .seconds(20))
        try await kiosk.send(keys: "1110105196803150118<Enter>123456<Enter>")
        try await kiosk.waitFor(text: "1. 是我本人，继续")

        let copy = directory + "/copy.sqlite"
        let clerk = try gongji(["backup", "--store", store, "--as", "demo-clerk", copy], home: directory)
        #expect(clerk.status == .exited(1) && !FileManager.default.fileExists(atPath: copy), "only a supervisor takes a copy")
        let backup = try gongji(["backup", "--store", store, "--as", "demo-supervisor", copy], home: directory)
        #expect(backup.status == .exited(0), "\(backup.stderr)")
        #expect(backup.stdout.hasPrefix("backed up to \(copy): ok, "), "\(backup.stdout)")
        #expect(try kiosk.exitStatus() == nil, "the kiosk keeps running")
        try await kiosk.send(keys: "1")
        try await kiosk.waitFor(text: "您好，王*国")
        let again = try gongji(["backup", "--store", store, "--as", "demo-supervisor", copy], home: directory)
        #expect(again.status == .exited(1))
        #expect(again.stderr.contains("a backup never replaces one"), "\(again.stderr)")
        try await kiosk.signal(SIGTERM)
        #expect(try await kiosk.waitForExit() == 0)

        // Restore: the copy in place of the store, and the kiosk's commands work on it.
        for file in [store, store + "-wal", store + "-shm"] { try? FileManager.default.removeItem(atPath: file) }
        try FileManager.default.copyItem(atPath: copy, toPath: store)
        let verified = try gongji(["verify", "--store", store], home: directory)
        #expect(verified.status == .exited(0), "\(verified.stdout)\(verified.stderr)")
    }
}
