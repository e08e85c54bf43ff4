import FamilyAid
import Foundation
@testable import GongjiApp
import KioskFrame
import KioskStore
import KioskUI

/// Carries one hostile input to its place and gathers what a person would read there, with the
/// store's digest before and after.
struct HostileRun {
    var message = ""
    var digestBefore: String?
    var digestAfter: String?
    /// What is wrong with the kiosk's screen, if anything: a broken frame, or a control
    /// character drawn as "?" (which means the input reached the screen unfiltered).
    var screenProblems: [String] = []

    static let now = BundleTests.now
    static let supervisor = BundleTests.supervisor

    static func run(_ input: HostileInput, in directory: TemporaryDirectory) throws -> HostileRun {
        var run = HostileRun()
        switch input.place {
        case .kiosk(let spot, let then):
            let path = directory.path("kiosk.sqlite")
            var kiosk = try HostileKiosk(storePath: path, settings: spot.settings)
            try kiosk.run(spot.script)
            run.digestBefore = try StoreDigest.of(path)
            kiosk.type(input.text)
            try kiosk.run(then)
            run.seeKiosk(kiosk.frame)
            run.digestAfter = try StoreDigest.of(path)
        case .reader:
            let path = directory.path("kiosk.sqlite")
            var kiosk = try HostileKiosk(storePath: path)
            run.digestBefore = try StoreDigest.of(path)
            kiosk.send(.identityRead(input.text))
            run.seeKiosk(kiosk.frame)
            run.digestAfter = try StoreDigest.of(path)
        case .policyFile:
            let path = directory.path("policy.yaml")
            try input.content.write(to: URL(fileURLWithPath: path))
            do {
                let profile = try PolicySource.file(path: path).load()
                run.message = "accepted as \(profile.id)"
            } catch {
                run.message = error.description
            }
        case .registryCSV:
            try run.importRegistryCSV(input.content, in: directory)
        case .bundle(let damage):
            let offices = try BundleTests.Offices(trusting: damage != .untrustedOrigin)
            let path = try Self.damaged(try offices.export(), damage)
            let central = offices.directory.path("central/store.sqlite")
            run.digestBefore = try StoreDigest.of(central)
            run.message = Self.refusal { _ = try offices.importing(path) }
            run.digestAfter = try StoreDigest.of(central)
        case .registryBundle(let damage):
            let offices = try BundleTests.Offices()
            let path = offices.directory.path("registry.gjb")
            _ = try RegistryBundle.write(from: offices.central, to: path, now: Self.now)
            if damage != .untrustedOrigin {
                try offices.counter.trust(origin: "DEM009", publicKey: try offices.central.publicSigningKey(now: Self.now),
                                          by: Self.supervisor, now: Self.now)
            }
            let damaged = try Self.damaged(path, damage)
            let counter = offices.directory.path("counter/store.sqlite")
            run.digestBefore = try StoreDigest.of(counter)
            run.message = Self.refusal { _ = try RegistryBundle.apply(damaged, to: offices.counter, by: Self.supervisor, now: Self.now) }
            run.digestAfter = try StoreDigest.of(counter)
        }
        return run
    }

    private mutating func seeKiosk(_ frame: Frame) {
        message = frame.text
        screenProblems = frame.invariantViolations
        if frame.text.contains("?") { screenProblems.append("a character drawn as ?:\n\(frame.text)") }
    }

    /// As `gongji registry import-csv` does it: the header, then every row, refusals said by line.
    private mutating func importRegistryCSV(_ content: Data, in directory: TemporaryDirectory) throws {
        let storePath = directory.path("registry.sqlite")
        let store = try KioskDatabase.open(at: storePath)
        _ = try store.install(originID: "CENTRAL", isDemo: false, now: Self.now)
        let lead = try store.initializeOperators(supervisor: "lead", password: "lead-password", now: Self.now, cost: .fastForTests)
        let file = directory.path("registry.csv")
        try content.write(to: URL(fileURLWithPath: file))
        digestBefore = try StoreDigest.of(storePath)
        var lines: [String] = []
        do {
            let records = try RegistryCSVRecords(path: file)
            let header = try RegistryImport.header(of: records)
            let summary = try RegistryImport(database: store, acting: lead, today: CivilDate(Self.now), now: Self.now)
                .run(records, header: header, refused: { lines.append($0.description) })
            lines.append("read \(summary.rowsRead) rows: \(summary.inserted) inserted, \(summary.updated) updated, \(summary.refused) refused")
        } catch let interrupted as RegistryImportInterrupted {
            lines.append("\(interrupted.cause)")
        } catch {
            lines.append("\(error)")
        }
        message = lines.joined(separator: "\n")
        digestAfter = try StoreDigest.of(storePath)
    }

    /// The words an operator reads when `work` is refused, as the command prints them.
    static func refusal(_ work: () throws -> Void) -> String {
        do {
            try work()
            return "accepted"
        } catch {
            return (error as? any LocalizedError)?.errorDescription ?? "\(error)"
        }
    }

    /// A copy of the bundle at `path` spoiled by `damage`.
    static func damaged(_ path: String, _ damage: BundleDamage) throws -> String {
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let magic = Data("GONGJI-BUNDLE-1\n".utf8)
        switch damage {
        case .empty: bytes = Data()
        case .textFile: bytes = Data("id_number,name\n".utf8)
        case .wrongMagic: bytes.replaceSubrange(0..<magic.count, with: Data("GONGJI-BUNDLE-9\n".utf8))
        case .truncatedHeader: bytes = bytes.prefix(40)
        case .truncatedHalf: bytes = bytes.prefix(bytes.count / 2)
        case .signatureByteFlipped: bytes[magic.count + 5] ^= 0x01
        case .archiveByteFlipped: bytes[bytes.count / 2] ^= 0x01
        case .lastByteFlipped: bytes[bytes.count - 1] ^= 0x01
        case .randomBytes:
            var random = SeedRandom(seed: 8)
            bytes = magic + Data((0..<4_000).map { _ in UInt8.random(in: 0...255, using: &random) })
        case .oversized: bytes += Data(repeating: 0x5A, count: 32 << 20)
        case .untrustedOrigin: break
        }
        let damaged = path + ".damaged"
        try bytes.write(to: URL(fileURLWithPath: damaged))
        return damaged
    }
}
