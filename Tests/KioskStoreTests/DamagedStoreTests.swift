import Foundation
import KioskStore
import Testing

/// A store file whose pages were damaged (a failing disk, a copy cut short, a stray write) is
/// refused with the steps to restore it from a backup, never opened half-way and never a crash.
@Suite("A damaged store")
struct DamagedStoreTests {
    /// A closed store with a few events, its write-ahead log folded into the file.
    private func closedStore(in directory: TemporaryDirectory) throws -> String {
        let path = directory.path("store.sqlite")
        do {
            let store = try KioskDatabase.open(at: path)
            try store.install(originID: Fixtures.origin, isDemo: true, now: Fixtures.start)
            try store.addInsuredPerson(Fixtures.sharer, pin: nil, pinCost: .fastForTests, now: Fixtures.start)
        }
        for file in [path + "-wal", path + "-shm"] { try? FileManager.default.removeItem(atPath: file) }
        return path
    }

    private func overwrite(_ path: String, bytes range: Range<Int>) throws {
        var data = try Data(contentsOf: URL(fileURLWithPath: path))
        for index in range where index < data.count { data[index] = 0x55 }
        try data.write(to: URL(fileURLWithPath: path))
    }

    @Test("damage to the schema is refused as damaged, with the restore steps")
    func damagedSchema() throws {
        let directory = try TemporaryDirectory()
        let path = try closedStore(in: directory)
        // Page 1 past SQLite's 100-byte file header: the table of tables.
        try overwrite(path, bytes: 108..<4096)

        #expect(throws: KioskStoreError.damaged(path: path)) { try KioskDatabase.open(at: path) }
        let words = KioskStoreError.damaged(path: path).errorDescription ?? ""
        #expect(words.contains("gongji backup") && words.contains("gongji verify --store COPY") && words.contains("-wal"))
    }

    @Test("a store cut short is refused as damaged")
    func truncated() throws {
        let directory = try TemporaryDirectory()
        let path = try closedStore(in: directory)
        let size = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: UInt64(size / 2))
        try handle.close()

        let failure = #expect(throws: KioskStoreError.self) {
            let store = try KioskDatabase.open(at: path)
            _ = try store.verifyJournal()
        }
        #expect(failure == .damaged(path: path), "\(String(describing: failure))")
    }
}
