import FamilyAid
import Foundation
import GongjiApp
import KioskStore
import Testing

/// A generated registry file of many rows, read from disk as a stream and written in batches.
@Suite("Registry import: a large file")
struct RegistryImportLargeFileTests {
    /// Enough for several batches and a progress report after each; a million rows are for the
    /// release build, timed by hand, not for a debug test.
    static let rows = 12_000
    static let batchSize = 4_000

    /// Valid, distinct ID numbers: one birthday for each thousand sequence numbers.
    static func idNumber(_ index: Int) -> String {
        let birth = CivilDate("1950-01-01")!.adding(days: index / 1000)
        let first17 = "110105" + birth.description.replacingOccurrences(of: "-", with: "") + String(format: "%03d", index % 1000)
        return first17 + String(ResidentID.checkCharacter(forFirst17: first17)!)
    }

    @Test("every row lands, batch by batch, and the progress is heard after each")
    func streamed() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("registry-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("registry.csv").path
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        handle.write(Data("id_number,name,insurance_kind,insurance_status,region_code,balance_fen,carried_over_balance_fen,mobile\n".utf8))
        var chunk = ""
        for index in 0..<Self.rows {
            chunk += "\(Self.idNumber(index)),测试\(index),employee,active,110105,\(index),\(index / 2),\n"
            if index % 5_000 == 4_999 {
                handle.write(Data(chunk.utf8))
                chunk = ""
            }
        }
        handle.write(Data(chunk.utf8))
        try handle.close()

        let store = try KioskDatabase.inMemory()
        let now = Date(timeIntervalSince1970: 1_795_400_000)
        try store.install(originID: "CENTRAL", isDemo: false, now: now)
        let lead = try store.initializeOperators(supervisor: "lead", password: "lead-password", now: now, cost: .fastForTests)
        let records = try RegistryCSVRecords(path: path)
        let header = try RegistryImport.header(of: records)
        var heard: [Int] = []
        let summary = try RegistryImport(database: store, acting: lead, today: CivilDate("2026-11-23")!, now: now, batchSize: Self.batchSize)
            .run(records, header: header, refused: { Issue.record("refused: \($0)") }, progress: { summary, _ in heard.append(summary.rowsRead) })

        #expect(summary.rowsRead == Self.rows && summary.inserted == Self.rows && summary.refused == 0)
        #expect(summary.batches == 3)
        #expect(heard == [4_000, 8_000, 12_000])
        #expect(try store.insuredPersonCount() == Self.rows)
        #expect(try store.insuredPerson(idNumber: Self.idNumber(Self.rows - 1))?.balanceFen == Int64(Self.rows - 1))
        #expect(records.approximateBytesRead > 0)
    }
}
