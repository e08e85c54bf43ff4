import Foundation
import Glibc

/// Finds the gongji binary the end-to-end tests drive.
///
/// In order: the `GONGJI_BINARY` environment variable, then `.build/release/gongji`, then
/// `.build/debug/gongji` under the package root. A missing binary is a failure, never a skip:
/// a suite that silently tests nothing looks exactly like one that passes.
enum ProgramUnderTest {
    static let environmentVariable = "GONGJI_BINARY"

    /// The package root, found by walking up from this source file to `Package.swift`.
    static func packageRoot(from file: String = #filePath) -> String {
        var directory = URL(fileURLWithPath: file).deletingLastPathComponent()
        while directory.path != "/" {
            if FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) {
                return directory.path
            }
            directory.deleteLastPathComponent()
        }
        return FileManager.default.currentDirectoryPath
    }

    /// The path of the program under test, or `programNotFound` listing every place looked at.
    static func gongji(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        packageRoot: String = packageRoot()
    ) throws -> String {
        let candidates = [environment[environmentVariable]].compactMap { $0 }.filter { !$0.isEmpty }
            + ["release", "debug"].map { "\(packageRoot)/.build/\($0)/gongji" }
        if let found = candidates.first(where: { access($0, X_OK) == 0 }) { return found }
        var searched = candidates
        if environment[environmentVariable]?.isEmpty ?? true {
            searched.insert("$\(environmentVariable) (not set)", at: 0)
        }
        return try { throw HarnessError.programNotFound(searched: searched) }()
    }
}
