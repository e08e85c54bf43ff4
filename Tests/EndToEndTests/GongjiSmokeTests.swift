import Testing

/// The harness reaches the real binary: built, found, started in a terminal, ended cleanly.
@Suite(.noStrayProcesses)
struct GongjiSmokeTests {
    @Test func helpRunsInARealTerminalAndLeavesItUsable() async throws {
        let session = try TmuxSession.gongji(["--help"], rows: 60)
        #expect(try await session.waitForExit() == 0)
        #expect(try session.capture().contains("USAGE:"))
        let state = try session.terminalState()
        #expect(state.isRestored, "\(state)")
    }
}
