import Foundation
import Glibc
import Testing

/// The kiosk started on a damaged store: one clear message saying how to restore from a backup,
/// exit status 1, the terminal untouched. `verify` says the same.
@Suite(.noStrayProcesses)
struct DamagedStoreTests {
    @Test func theKioskRefusesADamagedStoreSayingHowToRestore() async throws {
        let directory = try ScratchDirectory.make()
        defer { ScratchDirectory.remove(directory) }
        let store = directory + "/kiosk.sqlite"
        let environment = ["HOME": directory, "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "GONGJI_OPERATOR_PASSWORD": "review-demo"]
        let made = try Spawn.run([try ProgramUnderTest.gongji(), "review", "--demo-store", "--store", store, "--list"], environment: environment)
        #expect(made.status == .exited(0), "\(made.stderr)")
        for file in [store + "-wal", store + "-shm"] { try? FileManager.default.removeItem(atPath: file) }
        var bytes = try Data(contentsOf: URL(fileURLWithPath: store))
        for index in 108..<4096 { bytes[index] = 0x55 }  // page 1 past the file header: the schema
        try bytes.write(to: URL(fileURLWithPath: store))

        let session = try TmuxSession.gongji(["--store", store])
        let screen = try await session.waitFor(text: "EXIT=", timeout: .seconds(20))
        #expect(try await session.waitForExit() == 1)
        let message = screen.split(separator: "\n").joined(separator: " ")
        #expect(message.contains("is damaged"), "\(screen)")
        #expect(message.contains("gongji backup"), "\(screen)")
        #expect(!message.contains("crashed") && !message.contains("Fatal error"), "\(screen)")
        #expect(try session.terminalState().problems.isEmpty)

        let verified = try Spawn.run([try ProgramUnderTest.gongji(), "verify", "--store", store], environment: environment)
        #expect(verified.status == .exited(1))
        #expect(verified.stderr.contains("is damaged") && verified.stderr.contains("gongji verify --store COPY"), "\(verified.stderr)")
    }
}
