import ArgumentParser
import Foundation
import GongjiApp
import KioskStore

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check that the store's journal is whole: every origin's chain of events unbroken.",
        discussion: "Prints \"ok\" with the counts, or the first broken event; exit status 1 when broken."
    )

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let path = storeOptions.store ?? StoreOpener.defaultPath(demo: storeOptions.demoStore, dataDirectory: DataDirectory.url(environment: environment))
        guard FileManager.default.fileExists(atPath: path) else {
            throw CommandFailure(message: "no store at \(path)")
        }
        let verification: JournalVerification
        do {
            verification = try KioskDatabase.open(at: path).verifyJournal()
        } catch {
            throw CommandFailure(error)
        }
        switch verification {
        case .ok(let origins, let events):
            print("ok: \(events) events in \(origins) origin\(origins == 1 ? "" : "s")")
        case .broken(let origin, let sequence, let reason):
            print("broken: origin \(origin), event \(sequence): \(reason)")
            throw ExitCode.failure
        }
    }
}

extension CommandFailure {
    init(message: String) {
        self.description = "gongji: \(message)"
    }
}
