import FamilyAid
import Foundation
@testable import GongjiApp
import KioskStore
import Testing
import ZIPFoundation

/// Bundles as files: signed at a demo counter, checked and applied at a demo central office;
/// every kind of tampering refused whole.
@Suite("Signed bundles")
struct BundleTests {
    static let supervisor = try! OperatorID("demo-supervisor")
    static let now = Date(timeIntervalSince1970: 1_795_000_000)  // 2026-11-18
    static let calendar = WorkingDayCalendar.weekendsOnly

    /// A demo counter with the review sample, a scanned proof kept for its first member, and a
    /// demo central office that trusts it.
    final class Offices {
        let directory: TemporaryDirectory
        let counter: KioskDatabase
        let central: KioskDatabase
        let counterDocuments: DocumentFolder
        let centralDocuments: DocumentFolder
        let number: ApplicationNumber
        let scan: String

        init(trusting: Bool = true) throws {
            directory = try TemporaryDirectory()
            for office in ["counter", "central"] {
                try FileManager.default.createDirectory(atPath: directory.path(office), withIntermediateDirectories: true)
            }
            counter = try DemoStore.open(at: directory.path("counter/store.sqlite"), now: BundleTests.now, pinCost: .fastForTests)
            central = try DemoStore.open(at: directory.path("central/store.sqlite"), now: BundleTests.now, pinCost: .fastForTests, origin: "DEM009")
            counterDocuments = DocumentFolder(directory: directory.url.appendingPathComponent("counter/documents"))
            centralDocuments = DocumentFolder(directory: directory.url.appendingPathComponent("central/documents"))
            scan = try counterDocuments.keep(Array(DemoScan.pdf(for: .marriageCertificate)), format: .pdf)
            number = try DemoReviewSample.add(
                to: counter, profile: .kioskDefault, calendar: BundleTests.calendar, now: BundleTests.now, spouseScan: scan)
            if trusting {
                try central.trust(origin: "DEM001", publicKey: try counter.publicSigningKey(now: BundleTests.now), by: BundleTests.supervisor, now: BundleTests.now)
            }
        }

        func export(_ name: String = "out.gjb") throws -> String {
            let path = directory.path(name)
            _ = try BundleExport.write(from: counter, documents: counterDocuments, to: path, by: BundleTests.supervisor, now: BundleTests.now)
            return path
        }

        func importing(_ path: String) throws -> ImportOutcome {
            let verified = try BundleImport.verify(path, trustedBy: central)
            return try BundleImport.apply(
                verified, to: central, documents: centralDocuments, by: BundleTests.supervisor, now: BundleTests.now,
                policy: .kioskDefault, calendar: BundleTests.calendar)
        }
    }

    @Test("a bundle arrives intact: the application, its scan, the counter's chain")
    func roundTrip() throws {
        let offices = try Offices()
        let outcome = try offices.importing(try offices.export())
        #expect(outcome.applications == 1 && outcome.conflicts.isEmpty)
        #expect(try offices.central.application(number: offices.number) == offices.counter.application(number: offices.number))
        #expect(offices.centralDocuments.contains(offices.scan))
        #expect(try offices.central.verifyJournal() == .ok(
            origins: 2, events: try offices.central.journalEvents(origin: "DEM001").count + offices.central.journalEvents(origin: "DEM009").count))
        #expect(try offices.central.journalEvents(origin: "DEM001").map(\.hash)
            == offices.counter.journalEvents(origin: "DEM001").dropLast().map(\.hash))
    }

    @Test("the same bundle twice is a no-op, and nothing new to export writes no file")
    func twiceAndNothing() throws {
        let offices = try Offices()
        let path = try offices.export()
        _ = try offices.importing(path)
        let journal = try offices.central.journalEvents(origin: "DEM009")
        #expect(try offices.importing(path).wasAlreadyImported)
        #expect(try offices.central.journalEvents(origin: "DEM009") == journal)
        #expect(throws: BundleRefusal.exists(path)) {
            try BundleExport.write(from: offices.counter, documents: offices.counterDocuments, to: path, by: Self.supervisor, now: Self.now)
        }
        // The export itself was journaled; that alone is nothing to export.
        #expect(throws: BundleRefusal.nothingToExport) { try offices.export("third.gjb") }
        #expect(!FileManager.default.fileExists(atPath: offices.directory.path("third.gjb")))
    }

    @Test("a bundle with one byte changed anywhere is refused, and nothing is applied")
    func oneByteChanged() throws {
        let offices = try Offices()
        let original = try Data(contentsOf: URL(fileURLWithPath: try offices.export()))
        // Every 97th byte, so that the manifest, the signature, the batch, the scan and the zip's
        // own structure are each hit.
        for offset in stride(from: 0, to: original.count, by: 97) {
            var changed = original
            changed[offset] ^= 0x01
            let path = offices.directory.path("changed-\(offset).gjb")
            try changed.write(to: URL(fileURLWithPath: path))
            #expect(throws: (any Error).self, "byte \(offset) of \(original.count)") { _ = try offices.importing(path) }
        }
        #expect(try offices.central.application(number: offices.number) == nil)
        #expect(try offices.central.journalEvents(origin: "DEM001").isEmpty)
        #expect(!offices.centralDocuments.contains(offices.scan))
    }

    @Test("a bundle from an origin with no registered key, or signed by another key, is refused")
    func untrusted() throws {
        let offices = try Offices(trusting: false)
        let path = try offices.export()
        let key = try offices.counter.publicSigningKey(now: Self.now).lowercaseHex
        #expect(throws: BundleRefusal.unknownOrigin(origin: "DEM001", publicKey: key)) { try offices.importing(path) }

        let impostor = try DemoStore.open(at: offices.directory.path("impostor.sqlite"), now: Self.now, pinCost: .fastForTests, origin: "DEM005")
        try offices.central.trust(origin: "DEM001", publicKey: try impostor.publicSigningKey(now: Self.now), by: Self.supervisor, now: Self.now)
        #expect(throws: BundleRefusal.badSignature(origin: "DEM001")) { try offices.importing(path) }
        #expect(try offices.central.journalEvents(origin: "DEM001").isEmpty)
    }

    /// The bundle at `path` with its archive edited, sealed again: with the old signature (a
    /// forger's work), or signed anew by the counter's own key (a sender that went wrong), so
    /// that the checks behind the signature are seen too.
    static func edited(_ path: String, offices: Offices, resign: Bool, _ edit: (Archive) throws -> Void) throws -> String {
        let (signature, zip) = try BundleEnvelope.open(try Data(contentsOf: URL(fileURLWithPath: path)))
        let archive = try Archive(data: zip, accessMode: .update)
        try edit(archive)
        let changed = try #require(archive.data)
        let sealed = BundleEnvelope.seal(
            changed, signature: resign ? try offices.counter.sign(BundleEnvelope.signedMessage(changed), now: now) : signature)
        let target = path + (resign ? ".resigned" : ".forged")
        try sealed.write(to: URL(fileURLWithPath: target))
        return target
    }

    static func add(_ text: String, as name: String, to archive: Archive) throws {
        let data = Data(text.utf8)
        try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count)) { position, size in
            data.subdata(in: Int(position)..<Int(position) + size)
        }
    }

    @Test("a file added to the bundle is refused: by the signature, and by the manifest behind it")
    func extraFile() throws {
        let offices = try Offices()
        let path = try offices.export()
        for resign in [false, true] {
            let edited = try Self.edited(path, offices: offices, resign: resign) { try Self.add("not signed", as: "documents/extra.txt", to: $0) }
            let expected = resign ? BundleRefusal.fileMismatch("documents/extra.txt is not in the manifest") : .badSignature(origin: "DEM001")
            #expect(throws: expected) { try offices.importing(edited) }
        }
        #expect(try offices.central.journalEvents(origin: "DEM001").isEmpty)
    }

    @Test("a scan whose bytes do not match its recorded hash is refused")
    func swappedScan() throws {
        let offices = try Offices()
        let path = try offices.export()
        let name = "documents/\(offices.scan).pdf"
        let edited = try Self.edited(path, offices: offices, resign: true) { archive in
            try archive.remove(try #require(archive[name]))
            try Self.add(String(decoding: DemoScan.pdf(for: .birthCertificate), as: UTF8.self), as: name, to: archive)
        }
        #expect(throws: BundleRefusal.fileMismatch("\(name) differs")) { try offices.importing(edited) }
    }

    @Test("a manifest that lists other events than the batch holds is refused")
    func manifestAndBatchDisagree() throws {
        let offices = try Offices()
        let path = try offices.export()
        let edited = try Self.edited(path, offices: offices, resign: true) { archive in
            let entry = try #require(archive[BundleManifest.fileName])
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            var manifest = try BundleManifest.decoded(from: data)
            manifest.eventHashes.removeLast()
            try archive.remove(entry)
            try Self.add(String(decoding: try manifest.encoded, as: UTF8.self), as: BundleManifest.fileName, to: archive)
        }
        #expect(throws: BundleRefusal.batchMismatch("other events")) { try offices.importing(edited) }
    }

    @Test("a truncated bundle, and names or sizes the reader must never trust, are refused")
    func hostileContents() throws {
        let offices = try Offices()
        let path = try offices.export()
        let whole = try Data(contentsOf: URL(fileURLWithPath: path))
        for length in [0, 10, 80, 81, whole.count / 2, whole.count - 1] {
            let cut = offices.directory.path("cut-\(length).gjb")
            try whole.prefix(length).write(to: URL(fileURLWithPath: cut))
            #expect(throws: (any Error).self, "cut to \(length) bytes") { try offices.importing(cut) }
        }
        let traversal = try Self.edited(path, offices: offices, resign: true) { archive in
            let entry = try #require(archive[BundleManifest.fileName])
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            var manifest = try BundleManifest.decoded(from: data)
            let evil = "documents/../../escaped.pdf"
            manifest.entries.append(.init(path: evil, sha256: String(repeating: "0", count: 64), bytes: 3))
            try archive.remove(entry)
            try Self.add(String(decoding: try manifest.encoded, as: UTF8.self), as: BundleManifest.fileName, to: archive)
            try Self.add("pdf", as: evil, to: archive)
        }
        #expect(throws: BundleRefusal.fileMismatch("documents/../../escaped.pdf differs")) { try offices.importing(traversal) }
        #expect(!FileManager.default.fileExists(atPath: offices.directory.url.deletingLastPathComponent().appendingPathComponent("escaped.pdf").path))
        let oversized = try Self.edited(path, offices: offices, resign: true) { archive in
            let entry = try #require(archive[BundleManifest.fileName])
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            var manifest = try BundleManifest.decoded(from: data)
            manifest.entries[0].bytes = BundleImport.maximumBatchBytes + 1
            try archive.remove(entry)
            try Self.add(String(decoding: try manifest.encoded, as: UTF8.self), as: BundleManifest.fileName, to: archive)
        }
        #expect(throws: BundleRefusal.tooLarge(BundleManifest.batchFileName)) { try offices.importing(oversized) }
        #expect(try offices.central.journalEvents(origin: "DEM001").isEmpty)
    }

    @Test("not a zip file at all")
    func notABundle() throws {
        let offices = try Offices()
        let path = offices.directory.path("notes.txt")
        try Data("hello".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: BundleRefusal.notABundle("it does not begin as one")) { try offices.importing(path) }
    }

    @Test("a demo counter's bundle never enters a real store")
    func demoIntoReal() throws {
        let offices = try Offices()
        let path = try offices.export()
        let real = try KioskDatabase.open(at: offices.directory.path("real.sqlite"))
        try real.install(originID: "REAL22", isDemo: false, now: Self.now)
        try real.trust(origin: "DEM001", publicKey: try offices.counter.publicSigningKey(now: Self.now), by: Self.supervisor, now: Self.now)
        let verified = try BundleImport.verify(path, trustedBy: real)
        #expect(throws: ExchangeRefusal.demoMismatch(batchIsDemo: true)) {
            try BundleImport.apply(verified, to: real, documents: offices.centralDocuments, by: Self.supervisor, now: Self.now,
                                   policy: .kioskDefault, calendar: Self.calendar)
        }
        #expect(!offices.centralDocuments.contains(offices.scan), "the scan kept for the refused batch is removed again")
    }
}

/// The registry bundle back to a counter: signed like the others, refused when changed.
@Suite("Registry bundles")
struct RegistryBundleTests {
    @Test("the central office's registry reaches the counter, and a changed or untrusted one does not")
    func roundTrip() throws {
        let offices = try BundleTests.Offices()
        _ = try offices.importing(try offices.export())
        let path = offices.directory.path("registry.gjb")
        let summary = try RegistryBundle.write(from: offices.central, to: path, now: BundleTests.now)
        #expect(summary.people == (try offices.central.insuredPersonCount()))
        #expect(throws: BundleRefusal.unknownOrigin(origin: "DEM009", publicKey: try offices.central.publicSigningKey(now: BundleTests.now).lowercaseHex)) {
            try RegistryBundle.apply(path, to: offices.counter, by: BundleTests.supervisor, now: BundleTests.now)
        }
        try offices.counter.trust(origin: "DEM009", publicKey: try offices.central.publicSigningKey(now: BundleTests.now),
                                  by: BundleTests.supervisor, now: BundleTests.now)
        var changed = try Data(contentsOf: URL(fileURLWithPath: path))
        changed[changed.count - 10] ^= 0x04
        try changed.write(to: URL(fileURLWithPath: path + ".changed"))
        #expect(throws: BundleRefusal.badSignature(origin: "DEM009")) {
            try RegistryBundle.apply(path + ".changed", to: offices.counter, by: BundleTests.supervisor, now: BundleTests.now)
        }
        let outcome = try RegistryBundle.apply(path, to: offices.counter, by: BundleTests.supervisor, now: BundleTests.now.addingTimeInterval(60))
        #expect(outcome.people == summary.people && outcome.conflicts.isEmpty)
        // An event bundle is not a registry bundle, whatever its signature.
        #expect(throws: BundleRefusal.notABundle("its manifest is not a registry bundle's")) {
            try RegistryBundle.apply(try offices.export("again.gjb"), to: offices.counter, by: BundleTests.supervisor, now: BundleTests.now)
        }
    }
}
