import ArgumentParser
import FamilyAid
import Foundation
import GongjiApp
import KioskStore

/// `gongji key`: this installation's origin and public signing key, for the central office to
/// register with `gongji trust`.
struct KeyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "key",
        abstract: "Print this installation's origin and public signing key.",
        discussion: "The key is made on first use and kept in the store. Give both lines to the central office, which registers them with gongji trust."
    )

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        try OperatorCommand.reporting {
            let database = try OperatorCommand.open(storeOptions)
            let key = try database.publicSigningKey(now: Date())
            print("origin \(try database.installation()?.originID ?? "?")")
            print("key \(key.lowercaseHex)")
        }
    }
}

/// `gongji trust`: registers another installation's public key, so its bundles are accepted.
struct TrustCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trust",
        abstract: "Accept bundles from another installation, by its origin and public key.",
        discussion: "Run at the central office (or at a counter, for the central office's key) with what `gongji key` printed there. The supervisor's password is read from GONGJI_OPERATOR_PASSWORD, or asked at the terminal."
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var acting: SupervisorOptions
    @Argument(help: ArgumentHelp("The other installation's origin.", valueName: "origin")) var origin: String
    @Argument(help: ArgumentHelp("Its public key: 64 hexadecimal digits.", valueName: "key")) var key: String

    func run() throws {
        guard let bytes = Self.bytes(hex: key) else { throw CommandFailure(KioskStoreError.notASigningKey) }
        try OperatorCommand.supervising(storeOptions, acting) { database, supervisor in
            try database.trust(origin: origin, publicKey: bytes, by: supervisor, now: Date())
            print("bundles from \(origin) are accepted here from now on")
        }
    }

    static func bytes(hex: String) -> Data? {
        let digits = Array(hex.lowercased().utf8)
        guard digits.count % 2 == 0 else { return nil }
        var data = Data()
        for index in stride(from: 0, to: digits.count, by: 2) {
            guard let byte = UInt8(String(decoding: digits[index...index + 1], as: UTF8.self), radix: 16) else { return nil }
            data.append(byte)
        }
        return data
    }
}

/// `gongji export`: what happened here since the last export, as a signed bundle.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the events since the last export, with their applications and scans, as a signed bundle.",
        discussion: "The bundle (a zip file) goes to the central office, which applies it with gongji import. An export is recorded only once the file is complete; a file that exists already is never replaced. The supervisor's password is read from GONGJI_OPERATOR_PASSWORD, or asked at the terminal."
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var acting: SupervisorOptions
    @Option(help: ArgumentHelp("The bundle file to write.", valueName: "file")) var to: String

    func run() throws {
        try OperatorCommand.supervising(storeOptions, acting) { database, supervisor in
            let summary = try BundleExport.write(
                from: database, documents: MoneyCommandSupport.documents(storeOptions), to: to, by: supervisor, now: Date())
            print("exported events \(summary.events.lowerBound)-\(summary.events.upperBound), \(summary.applications) application(s), "
                + "\(summary.documents) scanned document(s) to \(to)")
            if summary.missingDocuments > 0 {
                print("note: \(summary.missingDocuments) scanned document(s) a proof refers to are not in the document folder and were not sent")
            }
            print("bundle sha256 \(summary.sha256)")
        }
    }
}

/// `gongji import`: applies another installation's signed bundle.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Check another installation's signed bundle and apply it in one step.",
        discussion: """
        The bundle is checked whole first (the signature by the key registered with gongji trust, \
        every file, every event); a bundle that fails any check is refused with the reason and \
        nothing of it is applied. Importing a bundle again changes nothing. Members that cannot be \
        applied as they came (bound here meanwhile, a limit now exceeded, decided on both sides) \
        are flagged for review (gongji review --list). The supervisor's password is read from \
        GONGJI_OPERATOR_PASSWORD, or asked at the terminal.
        """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var policyOptions: PolicyOptions
    @Option(help: ArgumentHelp("The folder with the kiosk's texts and working-day calendar.", valueName: "dir")) var screens: String?
    @OptionGroup var acting: SupervisorOptions
    @Argument(help: ArgumentHelp("The bundle file.", valueName: "bundle")) var bundle: String

    func run() throws {
        try OperatorCommand.supervising(storeOptions, acting) { database, supervisor in
            let environment = ProcessInfo.processInfo.environment
            let calendar = try ScreensDirectory.locate(explicit: screens, environment: environment, executablePath: CommandLine.arguments[0])
                .loadWorkingDayCalendar()
            let progress = ProgressLine(label: "checking \(bundle)")
            let verified = try BundleImport.verify(bundle, trustedBy: database, progress: progress.update)
            progress.finish()
            let outcome = try BundleImport.apply(
                verified, to: database, documents: MoneyCommandSupport.documents(storeOptions), by: supervisor,
                now: Date(), policy: try policyOptions.source.load(), calendar: calendar)
            guard !outcome.wasAlreadyImported else {
                print("this bundle from \(outcome.origin) was imported before; nothing changed")
                return
            }
            print("imported \(outcome.newEvents) event(s) of \(outcome.origin): \(outcome.applications) application(s), "
                + "\(outcome.relationshipsBegun) relationship(s) begun, \(outcome.relationshipsEnded) ended, "
                + "\(outcome.messages) text message(s) for the outbox, \(outcome.paymentsApplied) payment(s) repeated here")
            for refused in outcome.paymentsRefused {
                print("not repeated here: \(refused.summary): \(refused.reason.code)"
                    + (refused.flagged == nil ? " (through no application's member: see the journal)" : ""))
            }
            for conflict in outcome.conflicts {
                print("flagged for review: \(conflict.number) member \(conflict.memberPosition + 1): "
                    + conflict.reasons.map(\.code).joined(separator: ", "))
            }
        }
    }
}
