import Foundation
import Testing

/// Finding the gongji binary: explicit variable, then release, then debug; never a silent skip.
struct ProgramUnderTestTests {
    @Test func thePackageRootHoldsPackageSwift() {
        let root = ProgramUnderTest.packageRoot()
        #expect(FileManager.default.fileExists(atPath: root + "/Package.swift"))
    }

    @Test func theVariableWins() throws {
        let found = try ProgramUnderTest.gongji(environment: ["GONGJI_BINARY": "/bin/sh"], packageRoot: "/nonexistent")
        #expect(found == "/bin/sh")
    }

    @Test func releaseComesBeforeDebug() throws {
        let root = try ScratchDirectory.make()
        defer { ScratchDirectory.remove(root) }
        for configuration in ["debug", "release"] {
            try FileManager.default.createDirectory(atPath: "\(root)/.build/\(configuration)", withIntermediateDirectories: true)
            _ = FileManager.default.createFile(atPath: "\(root)/.build/\(configuration)/gongji", contents: Data(), attributes: [.posixPermissions: 0o755])
        }
        #expect(try ProgramUnderTest.gongji(environment: [:], packageRoot: root) == "\(root)/.build/release/gongji")
    }

    @Test func aMissingBinaryFailsSayingWhereItLooked() {
        do {
            _ = try ProgramUnderTest.gongji(environment: [:], packageRoot: "/nonexistent")
            Issue.record("a missing binary must be an error")
        } catch {
            let message = "\(error)"
            #expect(message.contains("GONGJI_BINARY"))
            #expect(message.contains("/nonexistent/.build/release/gongji"))
            #expect(message.contains("/nonexistent/.build/debug/gongji"))
        }
    }
}
